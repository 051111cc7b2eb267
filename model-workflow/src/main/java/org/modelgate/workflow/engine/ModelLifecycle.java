package org.modelgate.workflow.engine;

import java.util.List;

/**
 * Every BPMN element id, message and variable name the Java code uses, so that none appears twice
 * as a string literal. The BPMN file is the source of truth; these constants must match it.
 */
public final class ModelLifecycle {

  /** The process definition key of {@code processes/model-lifecycle.bpmn}. */
  public static final String PROCESS_KEY = "ModelLifecycle";

  /** The classpath resources deployed at start-up. */
  public static final List<String> RESOURCES = List.of("processes/model-lifecycle.bpmn");

  public static final String START_PROPOSAL_SUBMITTED = "StartEvent_ProposalSubmitted";
  public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
  public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";
  public static final String TASK_REVISE_AFTER_FORUM = "Task_ReviseAfterForum";
  public static final String RECEIVE_TASK_AWAIT_FORUM = "ReceiveTask_AwaitForum";
  public static final String TASK_SUBMIT_REVIEW = "Task_SubmitReview";
  public static final String TASK_RULE_ON_MODEL = "Task_RuleOnModel";
  public static final String TASK_PLAN_PILOT = "Task_PlanPilot";

  public static final String MESSAGE_SCHEDULED_ON_FORUM = "ScheduledOnForum";
  public static final String MESSAGE_REMOVED_FROM_AGENDA = "RemovedFromAgenda";
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";

  /** Process variable: the id of the supervision model (also the business key). */
  public static final String VAR_MODEL_ID = "modelId";

  public static final String VAR_CREATOR = "creator";
  public static final String VAR_FORUM_SLA = "forumSla";
  public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
  public static final String VAR_REVIEWERS = "reviewers";
  public static final String VAR_REVIEW_DEADLINE = "reviewDeadline";
  public static final String VAR_PRESIDING_LEADER = "presidingLeader";
  public static final String VAR_FORUM_ID = "forumId";
  public static final String VAR_RULING = "ruling";
  public static final String VAR_SIMILAR_MODEL_COUNT = "similarModelCount";

  private ModelLifecycle() {}
}
