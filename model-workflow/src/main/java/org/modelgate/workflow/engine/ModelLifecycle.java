package org.modelgate.workflow.engine;

import java.util.List;
import java.util.Set;

/**
 * Every BPMN element id, message and variable name the Java code uses, so that none appears twice
 * as a string literal. The BPMN file is the source of truth; these constants must match it.
 *
 * <p>The process runs from submission to city-wide adoption: homogeneity check and screening (with
 * a revision loop), waiting for a forum (with an SLA escalation), one review per eligible reviewer
 * (closed by a deadline at the latest), the forum's ruling, the pilot plan, the pilot (until its
 * end date or an early end, with reminders), its evaluation by a DMN table and the leader's
 * decision, and the adoption, confirmed unit by unit. The creator can withdraw at any wait state.
 */
public final class ModelLifecycle {

  /** The process definition key of {@code processes/model-lifecycle.bpmn}. */
  public static final String PROCESS_KEY = "ModelLifecycle";

  /** The classpath resource of the pilot evaluation decision table. */
  public static final String RESOURCE_PILOT_EVALUATION = "decisions/pilot-evaluation.dmn";

  /** The classpath resource of the hourly notice sweep ({@link #BEAN_NOTICE_SWEEP}). */
  public static final String RESOURCE_NOTICE_SWEEP = "processes/notice-sweep.bpmn";

  /** The classpath resources deployed at start-up. */
  public static final List<String> RESOURCES =
      List.of("processes/model-lifecycle.bpmn", RESOURCE_PILOT_EVALUATION, RESOURCE_NOTICE_SWEEP);

  // Submission and screening

  public static final String START_PROPOSAL_SUBMITTED = "StartEvent_ProposalSubmitted";

  /** Joins the first submission and each resubmission after a revision. */
  public static final String GATEWAY_JOIN_SCREENING = "Gateway_JoinScreening";

  /** Runs {@link #BEAN_CHECK_HOMOGENEITY}, which sets {@link #VAR_SIMILAR_MODEL_COUNT}. */
  public static final String SERVICE_TASK_CHECK_HOMOGENEITY = "ServiceTask_CheckHomogeneity";

  /** Staff screen the proposal; completed with {@link #VAR_SCREENING_OUTCOME}. */
  public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";

  public static final String GATEWAY_SCREENING_OUTCOME = "Gateway_ScreeningOutcome";

  /** The creator revises a returned proposal; it is then checked and screened again. */
  public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

  public static final String END_PROPOSAL_REJECTED = "EndEvent_ProposalRejected";

  // Awaiting a forum

  /** Joins the accepted proposal, a model taken off an agenda and a model revised after a forum. */
  public static final String GATEWAY_JOIN_AWAIT_FORUM = "Gateway_JoinAwaitForum";

  /** Waits for {@link #MESSAGE_SCHEDULED_ON_FORUM}. */
  public static final String RECEIVE_TASK_AWAIT_FORUM = "ReceiveTask_AwaitForum";

  /** Non-interrupting timer after {@link #VAR_FORUM_SLA}; the model keeps waiting. */
  public static final String BOUNDARY_FORUM_SLA_EXCEEDED = "BoundaryEvent_ForumSlaExceeded";

  /** Runs {@link #BEAN_ESCALATE_FORUM_SLA}. */
  public static final String SERVICE_TASK_ESCALATE_FORUM_SLA = "ServiceTask_EscalateForumSla";

  public static final String END_FORUM_SLA_ESCALATED = "EndEvent_ForumSlaEscalated";

  // Forum review

  /**
   * Parallel multi-instance, one task per entry of {@link #VAR_REVIEWERS}, assigned to the local
   * element variable {@code reviewer}; an empty list goes straight to the ruling. Interrupted by
   * {@link #MESSAGE_REMOVED_FROM_AGENDA}, after which the model waits for a forum again.
   */
  public static final String TASK_SUBMIT_REVIEW = "Task_SubmitReview";

  /** Interrupting timer at {@link #VAR_REVIEW_DEADLINE}: the ruling goes on with what came in. */
  public static final String BOUNDARY_REVIEW_DEADLINE = "BoundaryEvent_ReviewDeadline";

  // Ruling

  /** The presiding leader rules; completed with {@link #VAR_RULING}. */
  public static final String TASK_RULE_ON_MODEL = "Task_RuleOnModel";

  /** Staff plan the pilot (candidate group {@code staff}). */
  public static final String TASK_PLAN_PILOT = "Task_PlanPilot";

  /**
   * Joins a RECYCLE ruling and a RECYCLE pilot decision before {@link #TASK_REVISE_AFTER_FORUM}.
   */
  public static final String GATEWAY_JOIN_REVISION_AFTER_FORUM = "Gateway_JoinRevisionAfterForum";

  /**
   * The creator revises the model after a RECYCLE ruling or pilot decision; it then waits for a
   * forum again.
   */
  public static final String TASK_REVISE_AFTER_FORUM = "Task_ReviseAfterForum";

  public static final String END_MODEL_ON_HOLD = "EndEvent_ModelOnHold";
  public static final String END_MODEL_KILLED = "EndEvent_ModelKilled";

  // Pilot

  /** Joins the planned pilot and each extension. */
  public static final String GATEWAY_JOIN_PILOT = "Gateway_JoinPilot";

  /**
   * The pilot runs; waits for {@link #MESSAGE_PILOT_ENDED_EARLY} or {@link #BOUNDARY_PILOT_END},
   * whichever comes first.
   */
  public static final String RECEIVE_TASK_PILOT_RUNNING = "ReceiveTask_PilotRunning";

  /** Interrupting timer at {@link #VAR_PILOT_END}: the pilot is evaluated. */
  public static final String BOUNDARY_PILOT_END = "BoundaryEvent_PilotEnd";

  /** Non-interrupting timer on {@link #VAR_PILOT_REMINDER_CYCLE}; the pilot keeps running. */
  public static final String BOUNDARY_PILOT_REMINDER = "BoundaryEvent_PilotReminder";

  /** Runs {@link #BEAN_REMIND_SILENT_UNITS}. */
  public static final String SERVICE_TASK_REMIND_SILENT_UNITS = "ServiceTask_RemindSilentUnits";

  public static final String END_REMINDERS_SENT = "EndEvent_RemindersSent";

  // Evaluation and the pilot decision

  /** Joins the early end and the end date of the pilot. */
  public static final String GATEWAY_JOIN_EVALUATION = "Gateway_JoinEvaluation";

  /**
   * Runs {@link #BEAN_COLLECT_FUNNEL}, which sets the inputs of {@link #DECISION_PILOT_EVALUATION}.
   */
  public static final String SERVICE_TASK_COLLECT_FUNNEL = "ServiceTask_CollectFunnel";

  /** Evaluates {@link #DECISION_PILOT_EVALUATION} into {@link #VAR_PILOT_RECOMMENDATION}. */
  public static final String BUSINESS_RULE_TASK_EVALUATE_PILOT = "BusinessRuleTask_EvaluatePilot";

  /**
   * A leader decides (candidate group {@code leader}); completed with {@link #VAR_PILOT_DECISION}.
   */
  public static final String TASK_DECIDE_ON_PILOT = "Task_DecideOnPilot";

  public static final String GATEWAY_PILOT_DECISION = "Gateway_PilotDecision";
  public static final String END_PILOT_ON_HOLD = "EndEvent_PilotOnHold";

  /** The key of the pilot evaluation decision table (pilot-evaluation.dmn). */
  public static final String DECISION_PILOT_EVALUATION = "Decision_PilotEvaluation";

  // Adoption

  /** Runs {@link #BEAN_LIST_IN_LIBRARY}, which may set {@link #VAR_ADOPTION_UNITS}. */
  public static final String SERVICE_TASK_LIST_IN_LIBRARY = "ServiceTask_ListInLibrary";

  /**
   * Parallel multi-instance, one task per entry of {@link #VAR_ADOPTION_UNITS} (candidate group
   * {@code staff}), with the unit in {@link #VAR_ADOPTION_UNIT}; an empty list ends adopted.
   */
  public static final String TASK_CONFIRM_ADOPTION = "Task_ConfirmAdoption";

  /**
   * Non-interrupting timer on {@link #VAR_ADOPTION_REMINDER_CYCLE}, while any unit has not
   * confirmed.
   */
  public static final String BOUNDARY_ADOPTION_REMINDER = "BoundaryEvent_AdoptionReminder";

  /** Runs {@link #BEAN_REMIND_ADOPTION}. */
  public static final String SERVICE_TASK_REMIND_ADOPTION = "ServiceTask_RemindAdoption";

  public static final String END_ADOPTION_REMINDED = "EndEvent_AdoptionReminded";
  public static final String END_MODEL_ADOPTED = "EndEvent_ModelAdopted";

  // Withdrawal

  /** Starts the interrupting event sub-process that ends the instance at any wait state. */
  public static final String START_WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";

  public static final String END_MODEL_WITHDRAWN = "EndEvent_ModelWithdrawn";

  // Message names (correlate by business key, the model id)

  /**
   * Staff put the model on a forum's agenda; carries {@link #VAR_FORUM_ID}, {@link #VAR_REVIEWERS},
   * {@link #VAR_REVIEW_DEADLINE} and {@link #VAR_PRESIDING_LEADER}.
   */
  public static final String MESSAGE_SCHEDULED_ON_FORUM = "ScheduledOnForum";

  /** Staff took the model off the forum's agenda while it was being reviewed. */
  public static final String MESSAGE_REMOVED_FROM_AGENDA = "RemovedFromAgenda";

  /** The creator withdraws the model. */
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";

  /**
   * The pilot ends before its end date: the automatic-hold rule flagged it, or a leader ended it.
   */
  public static final String MESSAGE_PILOT_ENDED_EARLY = "PilotEndedEarly";

  // Process variables

  /** Long: the id of the supervision model (also the business key, as a string). Set on start. */
  public static final String VAR_MODEL_ID = "modelId";

  /** String: the creator's username, assignee of the revision tasks. Set on start. */
  public static final String VAR_CREATOR = "creator";

  /** String: ISO-8601 duration (e.g. {@code P30D}) a model may wait for a forum. Set on start. */
  public static final String VAR_FORUM_SLA = "forumSla";

  /** Long: models already active or listed on the same supervision point. Set by the check. */
  public static final String VAR_SIMILAR_MODEL_COUNT = "similarModelCount";

  /** String: {@code ACCEPT | RETURN | REJECT}. Set on completing {@link #TASK_SCREEN_PROPOSAL}. */
  public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";

  /** Long: the forum the model is on. Set by {@link #MESSAGE_SCHEDULED_ON_FORUM}. */
  public static final String VAR_FORUM_ID = "forumId";

  /**
   * List&lt;String&gt;: usernames of the eligible reviewers, possibly empty. Set by {@link
   * #MESSAGE_SCHEDULED_ON_FORUM}.
   */
  public static final String VAR_REVIEWERS = "reviewers";

  /** java.util.Date: when reviewing closes. Set by {@link #MESSAGE_SCHEDULED_ON_FORUM}. */
  public static final String VAR_REVIEW_DEADLINE = "reviewDeadline";

  /**
   * String: username of the forum's presiding leader. Set by {@link #MESSAGE_SCHEDULED_ON_FORUM}.
   */
  public static final String VAR_PRESIDING_LEADER = "presidingLeader";

  /**
   * String: {@code GO | CONDITIONAL_GO | RECYCLE | HOLD | KILL}. Set on completing {@link
   * #TASK_RULE_ON_MODEL}.
   */
  public static final String VAR_RULING = "ruling";

  /** List&lt;String&gt;: codes of the pilot units. Set on completing {@link #TASK_PLAN_PILOT}. */
  public static final String VAR_PILOT_UNITS = "pilotUnits";

  /**
   * java.util.Date: when the pilot ends. Set on completing {@link #TASK_PLAN_PILOT}, and again on
   * completing {@link #TASK_DECIDE_ON_PILOT} with {@code EXTEND}.
   */
  public static final String VAR_PILOT_END = "pilotEnd";

  /**
   * java.util.Date: when the pilot actually ended before {@link #VAR_PILOT_END} (a leader's early
   * end or the automatic hold). Set with {@link #MESSAGE_PILOT_ENDED_EARLY}; cleared by {@code
   * EXTEND}. The evaluation reads it, so that an early end counts as an ended pilot.
   */
  public static final String VAR_PILOT_ENDED_AT = "pilotEndedAt";

  /**
   * String: ISO-8601 repeating interval of the reminders to silent units (e.g. {@code R/P7D}). Set
   * on completing {@link #TASK_PLAN_PILOT}.
   */
  public static final String VAR_PILOT_REMINDER_CYCLE = "pilotReminderCycle";

  /**
   * Map&lt;String, Object&gt;: the single result of {@link #DECISION_PILOT_EVALUATION}, with {@link
   * #DMN_RECOMMENDATION} and {@link #DMN_REASON}. Set by {@link
   * #BUSINESS_RULE_TASK_EVALUATE_PILOT}.
   */
  public static final String VAR_PILOT_RECOMMENDATION = "pilotRecommendation";

  /**
   * String: {@code ADOPT | EXTEND | RECYCLE | HOLD}. Set on completing {@link
   * #TASK_DECIDE_ON_PILOT}.
   */
  public static final String VAR_PILOT_DECISION = "pilotDecision";

  /**
   * List&lt;String&gt;: codes of the units that adopt the model. Set on completing {@link
   * #TASK_DECIDE_ON_PILOT} with {@code ADOPT} or by {@link #BEAN_LIST_IN_LIBRARY}.
   */
  public static final String VAR_ADOPTION_UNITS = "adoptionUnits";

  /** String: the unit of one {@link #TASK_CONFIRM_ADOPTION} instance (local element variable). */
  public static final String VAR_ADOPTION_UNIT = "adoptionUnit";

  /**
   * String: ISO-8601 repeating interval of the adoption reminders (e.g. {@code R/P14D}). Set on
   * completing {@link #TASK_DECIDE_ON_PILOT} with {@code ADOPT} or by {@link
   * #BEAN_LIST_IN_LIBRARY}.
   */
  public static final String VAR_ADOPTION_REMINDER_CYCLE = "adoptionReminderCycle";

  // Pilot evaluation (decisions/pilot-evaluation.dmn)

  /**
   * Decision key of the pilot evaluation table (hit policy FIRST): turns the funnel and the plan's
   * thresholds into {@link #DMN_RECOMMENDATION} and {@link #DMN_REASON}. Its inputs are the {@code
   * DMN_*} variables below, all required.
   */

  /** Number: clues of the pilot (recorded as evidence; no rule uses it). */
  public static final String DMN_CLUES = "clues";

  /** Number: clues verified (valid or invalid). */
  public static final String DMN_VERIFIED = "verified";

  /** Number 0..1: valid / verified; 0 when nothing is verified. */
  public static final String DMN_VALID_RATE = "validRate";

  /** Number: clues that formed a case. */
  public static final String DMN_CASES_FORMED = "casesFormed";

  /** Boolean: the pilot window is over. */
  public static final String DMN_PILOT_ENDED = "pilotEnded";

  /** Number 0..1: the plan's target valid rate. */
  public static final String DMN_MIN_VALID_RATE = "minValidRate";

  /** Number: the plan's target count of cases formed. */
  public static final String DMN_MIN_CASES_FORMED = "minCasesFormed";

  /** Number: verified clues needed before the valid rate is judged (N of the hold rule). */
  public static final String DMN_MIN_CLUES_FOR_JUDGEMENT = "minCluesForJudgement";

  /** Output, String: {@code ADOPT | EXTEND | HOLD | RECYCLE}. */
  public static final String DMN_RECOMMENDATION = "recommendation";

  /** Output, String: the reason for the recommendation, in Chinese. */
  public static final String DMN_REASON = "reason";

  // Beans the BPMN names in expressions

  /** Listener with {@code enter(DelegateExecution, String stage)}, called where a stage begins. */
  public static final String BEAN_STAGE_RECORDER = "stageRecorder";

  /** JavaDelegate of {@link #SERVICE_TASK_CHECK_HOMOGENEITY}. */
  public static final String BEAN_CHECK_HOMOGENEITY = "checkHomogeneityDelegate";

  /** JavaDelegate of {@link #SERVICE_TASK_ESCALATE_FORUM_SLA}. */
  public static final String BEAN_ESCALATE_FORUM_SLA = "escalateForumSlaDelegate";

  /** JavaDelegate of {@link #SERVICE_TASK_REMIND_SILENT_UNITS}. */
  public static final String BEAN_REMIND_SILENT_UNITS = "remindSilentUnitsDelegate";

  /** JavaDelegate of {@link #SERVICE_TASK_COLLECT_FUNNEL}. */
  public static final String BEAN_COLLECT_FUNNEL = "collectFunnelDelegate";

  /** JavaDelegate of {@link #SERVICE_TASK_LIST_IN_LIBRARY}. */
  public static final String BEAN_LIST_IN_LIBRARY = "listInLibraryDelegate";

  /** JavaDelegate of {@link #SERVICE_TASK_REMIND_ADOPTION}. */
  public static final String BEAN_REMIND_ADOPTION = "remindAdoptionDelegate";

  /**
   * TaskListener on the creation of every user task: tells the assignee, or the candidate group,
   * that the task is theirs (a notice).
   */
  public static final String BEAN_TASK_NOTICE_LISTENER = "taskNoticeListener";

  /** The service task of {@link #RESOURCE_NOTICE_SWEEP}: due and overdue reminders, digests. */
  public static final String BEAN_NOTICE_SWEEP = "noticeSweep";

  /**
   * The only CDI beans that BPMN and DMN expressions can name: {@link CdiBeanElResolver} resolves
   * these and leaves every other name unresolved, so that an expression cannot reach page beans or
   * services. A bean the BPMN wires in must be added here.
   */
  static final Set<String> PROCESS_BEANS =
      Set.of(
          BEAN_STAGE_RECORDER,
          BEAN_CHECK_HOMOGENEITY,
          BEAN_ESCALATE_FORUM_SLA,
          BEAN_REMIND_SILENT_UNITS,
          BEAN_COLLECT_FUNNEL,
          BEAN_LIST_IN_LIBRARY,
          BEAN_REMIND_ADOPTION,
          BEAN_TASK_NOTICE_LISTENER,
          BEAN_NOTICE_SWEEP);

  private ModelLifecycle() {}
}
