package org.modelgate.api.security;

/**
 * What a caller may do with a model. Every model response carries the actions its caller may take
 * now ({@code allowedActions}); pages show a button or a form exactly for these, and the services
 * refuse the rest with the same policy.
 */
public enum ModelAction {
  /** Change the proposal (draft or returned for revision). */
  EDIT,
  /** Submit a draft. */
  SUBMIT,
  /** Hand a revised proposal back. */
  RESUBMIT,
  /** Withdraw a submitted model that is not yet adopted. */
  WITHDRAW,
  /** Upload an attachment. */
  ATTACH,
  /** Write a comment. */
  COMMENT,
  /** Read the models already active on the same supervision point (homogeneity). */
  VIEW_SIMILAR,
  /** Screen a submitted proposal (digital office). */
  SCREEN,
  /** Put the model on a forum's agenda (digital office). */
  ADD_TO_AGENDA,
  /** Read the reviews (with or without the reviewers' names, see the access policy). */
  VIEW_REVIEWS,
  /** Submit one's review. */
  REVIEW,
  /** Abstain from reviewing. */
  ABSTAIN,
  /** Rule on the model after its forum (presiding leader). */
  RULE,
  /** Close a condition of a conditional go that one owns. */
  CLOSE_CONDITION,
  /** Register the pilot plan (digital office). */
  PLAN_PILOT,
  /** Read clues and per-unit funnel rows of one's unit (or all units: digital office). */
  VIEW_CLUES,
  /** Enter, import and advance clues of one's unit (or any unit: digital office). */
  IMPORT_CLUES,
  /** End the pilot before its planned end (leader). */
  END_PILOT,
  /** Decide on the pilot's outcome (leader). */
  DECIDE_PILOT,
  /** Report adoption progress and feedback for one's unit (or any unit: digital office). */
  REPORT_ADOPTION,
  /** Delist an adopted model (leader). */
  RETIRE,
  /** Start the next version of a held model. */
  NEW_VERSION
}
