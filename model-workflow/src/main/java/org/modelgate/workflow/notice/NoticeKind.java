package org.modelgate.workflow.notice;

/**
 * What a notice says; its text is the web bundle's {@code notice.<name>} with the arguments in the
 * order documented here. The model's title is always the first argument.
 */
public enum NoticeKind {
  /** A task is offered to the reader's group or assigned to them: title, step (task id). */
  TASK_OFFERED,
  /** The screening returned the proposal to its creators: title, comment. */
  MODEL_RETURNED,
  /** The screening rejected the proposal: title, comment. */
  MODEL_REJECTED,
  /** The model is on a forum's agenda: title, forum title, date and time. */
  FORUM_SCHEDULED,
  /**
   * The model was taken off a forum's agenda; to its reviewers, the presiding leader and its
   * creators: title, forum title.
   */
  REMOVED_FROM_AGENDA,
  /** The forum ruled on the creators' model: title, outcome code. */
  RULING_MADE,
  /** The leader decided on the creators' model's pilot: title, decision code. */
  PILOT_DECIDED,
  /** The model waited for a forum longer than the SLA: title. */
  FORUM_SLA_EXCEEDED,
  /** Pilot units entered or worked no clue in the reminder period: title, unit names. */
  PILOT_UNITS_SILENT,
  /** Units have not confirmed the adoption: title, unit names. */
  ADOPTION_NOT_CONFIRMED,
  /** A condition of a conditional go is the reader's to close: title, condition, due date. */
  CONDITION_ASSIGNED,
  /** The reader's forum review opinion is due within two days: title, due (date and time). */
  REVIEW_DUE,
  /**
   * A task is past its due date; to its holder, the digital office and, for a forum's steps, the
   * presiding leader: title, step (task id), due (date and time).
   */
  TASK_OVERDUE,
  /** A condition the reader owns is due within two days: title, condition, due date. */
  CONDITION_DUE,
  /**
   * A condition is past its due date; to its owner and the digital office: title, condition, due
   * date.
   */
  CONDITION_OVERDUE
}
