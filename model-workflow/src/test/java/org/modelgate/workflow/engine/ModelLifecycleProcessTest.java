package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.modelgate.workflow.engine.ModelLifecycle.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelgate.api.security.Role;

/**
 * The lifecycle BPMN on an in-memory engine, path by path. The beans the BPMN names are stand-ins
 * that record what they are told, and a stand-in decision table, steered by the valid rate alone,
 * replaces pilot-evaluation.dmn; timers are fired by executing their jobs, at a fixed engine clock
 * that is moved to their due date.
 */
@Deployment(resources = {"processes/model-lifecycle.bpmn", "dmn/pilot-evaluation-stand-in.dmn"})
class ModelLifecycleProcessTest {

  static final long MODEL_ID = 42L;
  static final String BUSINESS_KEY = String.valueOf(MODEL_ID);
  static final String CREATOR = "creator-li";
  static final String PRESIDING_LEADER = "leader-wang";
  static final long FORUM_ID = 7L;
  static final List<String> THREE_REVIEWERS = List.of("reviewer-a", "reviewer-b", "reviewer-c");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Date REVIEW_DEADLINE = Date.from(NOW.plus(Duration.ofDays(14)));
  static final List<String> PILOT_UNITS = List.of("unit-pudong", "unit-minhang");
  static final Date PILOT_END = Date.from(NOW.plus(Duration.ofDays(90)));
  static final List<String> THREE_ADOPTION_UNITS =
      List.of("unit-huangpu", "unit-jingan", "unit-xuhui");
  static final List<String> STAGES_TO_PILOT_PLANNING =
      List.of("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "PILOT_PLANNING");

  /** Stands in for the JPA-backed StageRecorder: same method, records instead of writing rows. */
  public static class RecordedStages {
    final List<String> entered = new ArrayList<>();
    final List<Object> modelIds = new ArrayList<>();

    public void enter(DelegateExecution execution, String stage) {
      entered.add(stage);
      modelIds.add(execution.getVariable(VAR_MODEL_ID));
    }
  }

  /**
   * Stands in for a JavaDelegate bean: counts its calls and sets the variables it is given (by
   * default, or for one test by {@link #willSet}).
   */
  static class RecordingDelegate implements JavaDelegate {
    final List<Object> calledFor = new ArrayList<>();
    private final Map<String, Object> defaultSets;
    private Map<String, Object> sets;

    RecordingDelegate(Map<String, Object> sets) {
      this.defaultSets = sets;
      this.sets = sets;
    }

    void willSet(Map<String, Object> sets) {
      this.sets = sets;
    }

    private RuntimeException failure;

    /** Makes every call fail, as a delegate whose other part is down. */
    void willFail(RuntimeException failure) {
      this.failure = failure;
    }

    void reset() {
      calledFor.clear();
      sets = defaultSets;
      failure = null;
    }

    @Override
    public void execute(DelegateExecution execution) {
      calledFor.add(execution.getVariable(VAR_MODEL_ID));
      if (failure != null) {
        throw failure;
      }
      execution.setVariables(sets);
    }
  }

  /** Stands in for the notice package's TaskNoticeListener: records each task as it is created. */
  static class RecordedTaskNotices implements org.camunda.bpm.engine.delegate.TaskListener {
    /** "step -> assignee" or "step -> group:unit" per created task, in order. */
    final List<String> offered = new ArrayList<>();

    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      if (task.getAssignee() != null) {
        offered.add(task.getTaskDefinitionKey() + " -> " + task.getAssignee());
      } else {
        task.getCandidates().stream()
            .filter(link -> link.getGroupId() != null)
            .forEach(
                link ->
                    offered.add(
                        task.getTaskDefinitionKey()
                            + " -> "
                            + link.getGroupId()
                            + (task.getVariable(VAR_ADOPTION_UNIT) == null
                                ? ""
                                : ":" + task.getVariable(VAR_ADOPTION_UNIT))));
      }
    }
  }

  static final RecordedTaskNotices TASK_NOTICES = new RecordedTaskNotices();
  static final RecordedStages STAGES = new RecordedStages();
  static final RecordingDelegate CHECK_HOMOGENEITY =
      new RecordingDelegate(Map.of(VAR_SIMILAR_MODEL_COUNT, 3L));
  static final RecordingDelegate ESCALATE_FORUM_SLA = new RecordingDelegate(Map.of());
  static final RecordingDelegate REMIND_SILENT_UNITS = new RecordingDelegate(Map.of());
  static final RecordingDelegate COLLECT_FUNNEL =
      new RecordingDelegate(Map.of(DMN_VALID_RATE, 0.8));
  static final RecordingDelegate LIST_IN_LIBRARY =
      new RecordingDelegate(Map.of(VAR_ADOPTION_UNITS, THREE_ADOPTION_UNITS));
  static final RecordingDelegate REMIND_ADOPTION = new RecordingDelegate(Map.of());
  static final List<RecordingDelegate> DELEGATES =
      List.of(
          CHECK_HOMOGENEITY,
          ESCALATE_FORUM_SLA,
          REMIND_SILENT_UNITS,
          COLLECT_FUNNEL,
          LIST_IN_LIBRARY,
          REMIND_ADOPTION);

  static ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:lifecycle-" + System.nanoTime());
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setHistoryTimeToLive("P3650D");
    config.setJobExecutorActivate(false);
    config.setBeans(
        Map.of(
            BEAN_STAGE_RECORDER, STAGES,
            BEAN_CHECK_HOMOGENEITY, CHECK_HOMOGENEITY,
            BEAN_ESCALATE_FORUM_SLA, ESCALATE_FORUM_SLA,
            BEAN_REMIND_SILENT_UNITS, REMIND_SILENT_UNITS,
            BEAN_COLLECT_FUNNEL, COLLECT_FUNNEL,
            BEAN_LIST_IN_LIBRARY, LIST_IN_LIBRARY,
            BEAN_REMIND_ADOPTION, REMIND_ADOPTION,
            BEAN_TASK_NOTICE_LISTENER, TASK_NOTICES));
    return config.buildProcessEngine();
  }

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  @BeforeEach
  void resetStandInsAndClock() {
    STAGES.entered.clear();
    STAGES.modelIds.clear();
    TASK_NOTICES.offered.clear();
    DELEGATES.forEach(RecordingDelegate::reset);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // Screening

  @Test
  void shouldCheckHomogeneityThenWaitForScreeningByStaffAfterSubmission() {
    ProcessInstance instance = submit();

    assertThat(instance).isStarted().hasBusinessKey(BUSINESS_KEY);
    assertThat(instance).isWaitingAtExactly(TASK_SCREEN_PROPOSAL);
    assertThat(task(instance)).hasCandidateGroup(Role.STAFF_NAME).isNotAssigned();
    assertThat(instance)
        .hasPassedInOrder(
            START_PROPOSAL_SUBMITTED, GATEWAY_JOIN_SCREENING, SERVICE_TASK_CHECK_HOMOGENEITY);
    assertThat(CHECK_HOMOGENEITY.calledFor).containsExactly(MODEL_ID);
    assertThat(instance).variables().containsEntry(VAR_SIMILAR_MODEL_COUNT, 3L);
    assertThat(STAGES.entered).containsExactly("SCREENING");
    assertThat(STAGES.modelIds).containsOnly(MODEL_ID);
  }

  @Test
  void shouldAwaitForumWhenScreeningAccepts() {
    ProcessInstance instance = startAndAccept();

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(instance)
        .hasPassedInOrder(
            TASK_SCREEN_PROPOSAL, GATEWAY_SCREENING_OUTCOME, GATEWAY_JOIN_AWAIT_FORUM);
    assertThat(STAGES.entered).containsExactly("SCREENING", "AWAITING_FORUM");
    assertThat(job(BOUNDARY_FORUM_SLA_EXCEEDED, instance).getDuedate())
        .isEqualTo(Date.from(NOW.plus(Duration.ofDays(30))));
  }

  @Test
  void shouldReturnProposalToCreatorAndScreenItAgainAfterRevision() {
    ProcessInstance instance = submit();

    screen(instance, "RETURN");

    assertThat(instance).isWaitingAtExactly(TASK_REVISE_PROPOSAL);
    assertThat(task(instance)).isAssignedTo(CREATOR);
    assertThat(STAGES.entered).containsExactly("SCREENING", "REVISION");

    complete(task(TASK_REVISE_PROPOSAL, instance));

    assertThat(instance).isWaitingAtExactly(TASK_SCREEN_PROPOSAL);
    assertThat(CHECK_HOMOGENEITY.calledFor).containsExactly(MODEL_ID, MODEL_ID);
    assertThat(STAGES.entered).containsExactly("SCREENING", "REVISION", "SCREENING");

    screen(instance, "ACCEPT");

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(STAGES.entered)
        .containsExactly("SCREENING", "REVISION", "SCREENING", "AWAITING_FORUM");
  }

  @Test
  void shouldEndRejectedWhenScreeningRejects() {
    ProcessInstance instance = submit();

    screen(instance, "REJECT");

    assertThat(instance).hasPassed(END_PROPOSAL_REJECTED).isEnded();
    assertThat(instance).hasNotPassed(RECEIVE_TASK_AWAIT_FORUM, TASK_REVISE_PROPOSAL);
    assertThat(STAGES.entered).containsExactly("SCREENING", "REJECTED");
  }

  // Awaiting a forum

  @Test
  void shouldEscalateButKeepWaitingForForumWhenForumSlaExceeded() {
    ProcessInstance instance = startAndAccept();

    execute(job(BOUNDARY_FORUM_SLA_EXCEEDED, instance));
    assertThat(ESCALATE_FORUM_SLA.calledFor).as("runs in a job of its own").isEmpty();
    execute(job(SERVICE_TASK_ESCALATE_FORUM_SLA, instance));

    assertThat(ESCALATE_FORUM_SLA.calledFor).containsExactly(MODEL_ID);
    assertThat(instance)
        .hasPassedInOrder(
            BOUNDARY_FORUM_SLA_EXCEEDED, SERVICE_TASK_ESCALATE_FORUM_SLA, END_FORUM_SLA_ESCALATED);
    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(jobQuery().processInstanceId(instance.getId()).count())
        .as("one escalation per wait")
        .isZero();
    assertThat(STAGES.entered).containsExactly("SCREENING", "AWAITING_FORUM");
  }

  // Forum review

  @Test
  void shouldAssignOneReviewTaskToEachReviewerWhenScheduledOnForum() {
    ProcessInstance instance = startAndAccept();

    scheduleOnForum(THREE_REVIEWERS, REVIEW_DEADLINE);

    assertThat(instance).isWaitingAt(TASK_SUBMIT_REVIEW).isNotWaitingAt(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(reviewTasks(instance))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(THREE_REVIEWERS);
    assertThat(instance).variables().containsEntry(VAR_FORUM_ID, FORUM_ID);
    assertThat(STAGES.entered)
        .as("FORUM_REVIEW once per scheduling, not once per reviewer")
        .containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW");
    assertThat(job(BOUNDARY_REVIEW_DEADLINE, instance).getDuedate()).isEqualTo(REVIEW_DEADLINE);
    assertThat(jobQuery().activityId(BOUNDARY_FORUM_SLA_EXCEEDED).count())
        .as("the SLA timer ends with the wait")
        .isZero();
  }

  @Test
  void shouldAskPresidingLeaderToRuleWhenAllReviewsSubmitted() {
    ProcessInstance instance = startAndScheduleOnForum(THREE_REVIEWERS);

    reviewTasks(instance).forEach(review -> complete(review));

    assertThat(instance).isWaitingAtExactly(TASK_RULE_ON_MODEL);
    assertThat(task(instance)).isAssignedTo(PRESIDING_LEADER);
    assertThat(instance).hasNotPassed(BOUNDARY_REVIEW_DEADLINE);
    assertThat(jobQuery().processInstanceId(instance.getId()).count())
        .as("the deadline timer ends with the reviews")
        .isZero();
    assertThat(STAGES.entered).containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW");
  }

  @Test
  void shouldCloseReviewingWithReviewsReceivedWhenDeadlinePasses() {
    ProcessInstance instance = startAndScheduleOnForum(THREE_REVIEWERS);
    complete(reviewTasks(instance).get(0));

    execute(job(BOUNDARY_REVIEW_DEADLINE, instance));

    assertThat(instance).hasPassed(BOUNDARY_REVIEW_DEADLINE).isWaitingAtExactly(TASK_RULE_ON_MODEL);
    assertThat(task(instance)).isAssignedTo(PRESIDING_LEADER);
    assertThat(reviewTasks(instance)).isEmpty();
  }

  @Test
  void shouldGoStraightToRulingWhenNoEligibleReviewers() {
    ProcessInstance instance = startAndAccept();

    scheduleOnForum(List.of(), REVIEW_DEADLINE);

    assertThat(instance).isWaitingAtExactly(TASK_RULE_ON_MODEL);
    assertThat(task(instance)).isAssignedTo(PRESIDING_LEADER);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(STAGES.entered).containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW");
  }

  @Test
  void shouldWaitForForumAgainWhenRemovedFromAgenda() {
    ProcessInstance instance = startAndScheduleOnForum(THREE_REVIEWERS);
    complete(reviewTasks(instance).get(0));

    correlate(MESSAGE_REMOVED_FROM_AGENDA);

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(reviewTasks(instance)).isEmpty();
    assertThat(jobQuery().activityId(BOUNDARY_REVIEW_DEADLINE).count()).isZero();
    assertThat(jobQuery().activityId(BOUNDARY_FORUM_SLA_EXCEEDED).count())
        .as("a fresh SLA for the new wait")
        .isOne();
    assertThat(STAGES.entered)
        .containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "AWAITING_FORUM");

    scheduleOnForum(List.of("reviewer-d", "reviewer-e"), REVIEW_DEADLINE);

    assertThat(reviewTasks(instance))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("reviewer-d", "reviewer-e");
    assertThat(STAGES.entered)
        .containsExactly(
            "SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "AWAITING_FORUM", "FORUM_REVIEW");
  }

  // Ruling

  @ParameterizedTest
  @ValueSource(strings = {"GO", "CONDITIONAL_GO"})
  void shouldWaitForPilotPlanByStaffWhenRulingGoes(String ruling) {
    ProcessInstance instance = startAndReachRuling();

    rule(instance, ruling);

    assertThat(instance).isWaitingAtExactly(TASK_PLAN_PILOT);
    assertThat(instance).hasNotPassed(TASK_REVISE_AFTER_FORUM, END_MODEL_ON_HOLD, END_MODEL_KILLED);
    assertThat(task(instance)).hasCandidateGroup(Role.STAFF_NAME);
    assertThat(STAGES.entered)
        .containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "PILOT_PLANNING");
  }

  @Test
  void shouldReturnToCreatorThenAwaitForumAgainWhenRulingRecycles() {
    ProcessInstance instance = startAndReachRuling();

    rule(instance, "RECYCLE");

    assertThat(instance).isWaitingAtExactly(TASK_REVISE_AFTER_FORUM);
    assertThat(task(instance)).isAssignedTo(CREATOR);

    complete(task(TASK_REVISE_AFTER_FORUM, instance));

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(CHECK_HOMOGENEITY.calledFor).as("no second screening").hasSize(1);
    assertThat(STAGES.entered)
        .containsExactly(
            "SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "REVISION", "AWAITING_FORUM");
  }

  @Test
  void shouldEndOnHoldWhenRulingHolds() {
    ProcessInstance instance = startAndReachRuling();

    rule(instance, "HOLD");

    assertThat(instance).hasPassed(END_MODEL_ON_HOLD).isEnded();
    assertThat(STAGES.entered)
        .containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "ON_HOLD");
  }

  @Test
  void shouldEndRejectedWhenRulingKills() {
    ProcessInstance instance = startAndReachRuling();

    rule(instance, "KILL");

    assertThat(instance).hasPassed(END_MODEL_KILLED).isEnded();
    assertThat(instance).hasNotPassed(END_MODEL_ON_HOLD, TASK_PLAN_PILOT);
    assertThat(STAGES.entered)
        .containsExactly("SCREENING", "AWAITING_FORUM", "FORUM_REVIEW", "REJECTED");
  }

  // Pilot

  @Test
  void shouldRunPilotUntilItsEndDateWithRemindersWhenPlanned() {
    ProcessInstance instance = startAndReachPilotPlanning();

    planPilot(instance);

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_PILOT_RUNNING);
    assertThat(instance).hasPassedInOrder(TASK_PLAN_PILOT, GATEWAY_JOIN_PILOT);
    assertThat(instance).variables().containsEntry(VAR_PILOT_UNITS, PILOT_UNITS);
    assertThat(job(BOUNDARY_PILOT_END, instance).getDuedate()).isEqualTo(PILOT_END);
    assertThat(job(BOUNDARY_PILOT_REMINDER, instance).getDuedate()).isEqualTo(daysAfterNow(7));
    assertThat(STAGES.entered).containsExactlyElementsOf(afterPilotPlanning("PILOT"));
  }

  @Test
  void shouldRemindSilentUnitsEachCycleAndKeepPilotRunning() {
    ProcessInstance instance = startAndRunPilot();

    fire(job(BOUNDARY_PILOT_REMINDER, instance));
    assertThat(REMIND_SILENT_UNITS.calledFor).as("runs in a job of its own").isEmpty();
    execute(job(SERVICE_TASK_REMIND_SILENT_UNITS, instance));

    assertThat(REMIND_SILENT_UNITS.calledFor).containsExactly(MODEL_ID);
    assertThat(instance)
        .hasPassedInOrder(
            BOUNDARY_PILOT_REMINDER, SERVICE_TASK_REMIND_SILENT_UNITS, END_REMINDERS_SENT);
    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_PILOT_RUNNING);
    assertThat(job(BOUNDARY_PILOT_REMINDER, instance).getDuedate())
        .as("the next cycle")
        .isEqualTo(daysAfterNow(14));

    fire(job(BOUNDARY_PILOT_REMINDER, instance));
    execute(job(SERVICE_TASK_REMIND_SILENT_UNITS, instance));

    assertThat(REMIND_SILENT_UNITS.calledFor).containsExactly(MODEL_ID, MODEL_ID);
    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_PILOT_RUNNING);
    assertThat(job(BOUNDARY_PILOT_END, instance).getDuedate()).isEqualTo(PILOT_END);
    assertThat(STAGES.entered)
        .as("reminders do not change the stage")
        .containsExactlyElementsOf(afterPilotPlanning("PILOT"));
  }

  /** The two ways a pilot ends. */
  enum PilotEnding {
    END_DATE_REACHED(instance -> fire(job(BOUNDARY_PILOT_END, instance)), BOUNDARY_PILOT_END),
    ENDED_EARLY(instance -> correlate(MESSAGE_PILOT_ENDED_EARLY), RECEIVE_TASK_PILOT_RUNNING);

    final Consumer<ProcessInstance> end;
    final String passing;

    PilotEnding(Consumer<ProcessInstance> end, String passing) {
      this.end = end;
      this.passing = passing;
    }
  }

  @ParameterizedTest
  @EnumSource(PilotEnding.class)
  void shouldEvaluateFunnelAndAskLeaderToDecideWhenPilotEnds(PilotEnding ending) {
    ProcessInstance instance = startAndRunPilot();

    ending.end.accept(instance);

    assertThat(instance)
        .hasPassedInOrder(
            ending.passing,
            GATEWAY_JOIN_EVALUATION,
            SERVICE_TASK_COLLECT_FUNNEL,
            BUSINESS_RULE_TASK_EVALUATE_PILOT);
    assertThat(instance).isWaitingAtExactly(TASK_DECIDE_ON_PILOT);
    assertThat(task(instance)).hasCandidateGroup(Role.LEADER_NAME).isNotAssigned();
    assertThat(COLLECT_FUNNEL.calledFor).containsExactly(MODEL_ID);
    assertThat(instance)
        .variables()
        .containsEntry(
            VAR_PILOT_RECOMMENDATION, Map.of(DMN_RECOMMENDATION, "ADOPT", DMN_REASON, "有效率达标"));
    assertThat(jobQuery().processInstanceId(instance.getId()).count())
        .as("the pilot's timers end with it")
        .isZero();
    assertThat(STAGES.entered).containsExactlyElementsOf(afterPilotPlanning("PILOT", "EVALUATION"));
  }

  @ParameterizedTest
  @CsvSource({"0.8, ADOPT", "0.6, ADOPT", "0.45, EXTEND", "0.1, HOLD"})
  void shouldRecommendWhatTheEvaluationTableSaysForTheFunnel(double validRate, String expected) {
    COLLECT_FUNNEL.willSet(Map.of(DMN_VALID_RATE, validRate));

    ProcessInstance instance = startAndReachPilotDecision();

    assertThat(recommendation(instance)).containsEntry(DMN_RECOMMENDATION, expected);
    assertThat(recommendation(instance).get(DMN_REASON)).isInstanceOf(String.class);
  }

  // Pilot decision

  @Test
  void shouldListInLibraryAndAskEachUnitToConfirmWhenLeaderAdopts() {
    ProcessInstance instance = startAndReachPilotDecision();

    adopt(instance);
    assertThat(instance).isWaitingAtExactly(SERVICE_TASK_LIST_IN_LIBRARY);
    assertThat(LIST_IN_LIBRARY.calledFor).as("after the decision's transaction").isEmpty();
    listInLibrary(instance);

    assertThat(LIST_IN_LIBRARY.calledFor).containsExactly(MODEL_ID);
    assertThat(instance).hasPassedInOrder(GATEWAY_PILOT_DECISION, SERVICE_TASK_LIST_IN_LIBRARY);
    assertThat(instance).isWaitingAt(TASK_CONFIRM_ADOPTION);
    List<Task> confirmations = openTasks(instance, TASK_CONFIRM_ADOPTION);
    assertThat(confirmations)
        .extracting(confirmation -> adoptionUnitOf(confirmation))
        .containsExactlyInAnyOrderElementsOf(THREE_ADOPTION_UNITS);
    confirmations.forEach(
        confirmation -> assertThat(confirmation).hasCandidateGroup(Role.STAFF_NAME));
    assertThat(STAGES.entered)
        .containsExactlyElementsOf(afterPilotPlanning("PILOT", "EVALUATION", "ADOPTION"));
  }

  @Test
  void shouldEndAdoptedWhenEveryUnitConfirms() {
    ProcessInstance instance = startAndReachAdoption();

    openTasks(instance, TASK_CONFIRM_ADOPTION).forEach(confirmation -> complete(confirmation));

    assertThat(instance).hasPassedInOrder(TASK_CONFIRM_ADOPTION, END_MODEL_ADOPTED).isEnded();
    assertThat(instance).hasNotPassed(BOUNDARY_ADOPTION_REMINDER);
    assertThat(STAGES.entered)
        .containsExactlyElementsOf(
            afterPilotPlanning("PILOT", "EVALUATION", "ADOPTION", "ADOPTED"));
  }

  @Test
  void shouldRemindUnitsStillToConfirmAdoptionEachCycle() {
    ProcessInstance instance = startAndReachAdoption();
    complete(openTasks(instance, TASK_CONFIRM_ADOPTION).get(0));

    fire(job(BOUNDARY_ADOPTION_REMINDER, instance));
    assertThat(REMIND_ADOPTION.calledFor).as("runs in a job of its own").isEmpty();
    execute(job(SERVICE_TASK_REMIND_ADOPTION, instance));

    assertThat(REMIND_ADOPTION.calledFor).containsExactly(MODEL_ID);
    assertThat(instance)
        .hasPassedInOrder(
            BOUNDARY_ADOPTION_REMINDER, SERVICE_TASK_REMIND_ADOPTION, END_ADOPTION_REMINDED);
    assertThat(openTasks(instance, TASK_CONFIRM_ADOPTION)).hasSize(2);
    assertThat(job(BOUNDARY_ADOPTION_REMINDER, instance).getDuedate())
        .as("the next cycle")
        .isEqualTo(daysAfterNow(28));

    openTasks(instance, TASK_CONFIRM_ADOPTION).forEach(confirmation -> complete(confirmation));

    assertThat(instance).hasPassed(END_MODEL_ADOPTED).isEnded();
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void shouldRunPilotAgainUntilNewEndDateWhenLeaderExtends() {
    ProcessInstance instance = startAndReachPilotDecision();
    Date newPilotEnd = daysAfterNow(150);

    decideOnPilot(instance, "EXTEND", VAR_PILOT_END, newPilotEnd);

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_PILOT_RUNNING);
    assertThat(job(BOUNDARY_PILOT_END, instance).getDuedate()).isEqualTo(newPilotEnd);
    assertThat(jobQuery().activityId(BOUNDARY_PILOT_REMINDER).count()).isOne();
    assertThat(STAGES.entered)
        .containsExactlyElementsOf(afterPilotPlanning("PILOT", "EVALUATION", "PILOT"));
  }

  @Test
  void shouldReturnToCreatorThenAwaitForumAgainWhenLeaderRecycles() {
    ProcessInstance instance = startAndReachPilotDecision();

    decideOnPilot(instance, "RECYCLE");

    assertThat(instance)
        .hasPassedInOrder(GATEWAY_PILOT_DECISION, GATEWAY_JOIN_REVISION_AFTER_FORUM)
        .isWaitingAtExactly(TASK_REVISE_AFTER_FORUM);
    assertThat(task(instance)).isAssignedTo(CREATOR);

    complete(task(TASK_REVISE_AFTER_FORUM, instance));

    assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_FORUM);
    assertThat(STAGES.entered)
        .containsExactlyElementsOf(
            afterPilotPlanning("PILOT", "EVALUATION", "REVISION", "AWAITING_FORUM"));
  }

  @Test
  void shouldEndOnHoldWhenLeaderHolds() {
    ProcessInstance instance = startAndReachPilotDecision();

    decideOnPilot(instance, "HOLD");

    assertThat(instance).hasPassed(END_PILOT_ON_HOLD).isEnded();
    assertThat(instance).hasNotPassed(SERVICE_TASK_LIST_IN_LIBRARY, END_MODEL_ON_HOLD);
    assertThat(STAGES.entered)
        .containsExactlyElementsOf(afterPilotPlanning("PILOT", "EVALUATION", "ON_HOLD"));
  }

  // Withdrawal

  /** Each wait state, how to get there and the stages recorded on the way. */
  enum WaitState {
    SCREENING(ModelLifecycleProcessTest::submit, TASK_SCREEN_PROPOSAL, "SCREENING"),
    REVISION(
        ModelLifecycleProcessTest::submitAndReturn, TASK_REVISE_PROPOSAL, "SCREENING", "REVISION"),
    AWAITING_FORUM(
        ModelLifecycleProcessTest::startAndAccept,
        RECEIVE_TASK_AWAIT_FORUM,
        "SCREENING",
        "AWAITING_FORUM"),
    FORUM_REVIEW(
        () -> startAndScheduleOnForum(THREE_REVIEWERS),
        TASK_SUBMIT_REVIEW,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW"),
    RULING(
        ModelLifecycleProcessTest::startAndReachRuling,
        TASK_RULE_ON_MODEL,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW"),
    REVISION_AFTER_FORUM(
        () -> {
          ProcessInstance instance = startAndReachRuling();
          rule(instance, "RECYCLE");
          return instance;
        },
        TASK_REVISE_AFTER_FORUM,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "REVISION"),
    PILOT_PLANNING(
        ModelLifecycleProcessTest::startAndReachPilotPlanning,
        TASK_PLAN_PILOT,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "PILOT_PLANNING"),
    PILOT(
        ModelLifecycleProcessTest::startAndRunPilot,
        RECEIVE_TASK_PILOT_RUNNING,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "PILOT_PLANNING",
        "PILOT"),
    PILOT_DECISION(
        ModelLifecycleProcessTest::startAndReachPilotDecision,
        TASK_DECIDE_ON_PILOT,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "PILOT_PLANNING",
        "PILOT",
        "EVALUATION"),
    ADOPTION(
        ModelLifecycleProcessTest::startAndReachAdoption,
        TASK_CONFIRM_ADOPTION,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "PILOT_PLANNING",
        "PILOT",
        "EVALUATION",
        "ADOPTION");

    final Supplier<ProcessInstance> reach;
    final String activityId;
    final List<String> stages;

    WaitState(Supplier<ProcessInstance> reach, String activityId, String... stages) {
      this.reach = reach;
      this.activityId = activityId;
      this.stages = List.of(stages);
    }
  }

  @ParameterizedTest
  @EnumSource(WaitState.class)
  void shouldEndWithdrawnWhenCreatorWithdrawsAtAnyWaitState(WaitState state) {
    ProcessInstance instance = state.reach.get();
    assertThat(instance).isWaitingAt(state.activityId);

    correlate(MESSAGE_WITHDRAWAL_REQUESTED);

    assertThat(instance)
        .hasPassedInOrder(START_WITHDRAWAL_REQUESTED, END_MODEL_WITHDRAWN)
        .isEnded();
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    List<String> expected = new ArrayList<>(state.stages);
    expected.add("WITHDRAWN");
    assertThat(STAGES.entered).containsExactlyElementsOf(expected);
  }

  // Async boundaries: service tasks that talk to other parts run in retried jobs

  @ParameterizedTest
  @ValueSource(
      strings = {
        SERVICE_TASK_ESCALATE_FORUM_SLA,
        SERVICE_TASK_REMIND_SILENT_UNITS,
        SERVICE_TASK_LIST_IN_LIBRARY,
        SERVICE_TASK_REMIND_ADOPTION
      })
  void shouldRunServiceTaskAfterAsyncBeforeWithThreeRetries(String serviceTask) {
    var model =
        extension
            .getRepositoryService()
            .getBpmnModelInstance(
                extension
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(PROCESS_KEY)
                    .singleResult()
                    .getId());
    var element =
        (org.camunda.bpm.model.bpmn.instance.ServiceTask) model.getModelElementById(serviceTask);

    assertThat(element.isCamundaAsyncBefore()).isTrue();
    assertThat(
            element
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle
                        .class)
                .singleResult()
                .getTextContent())
        .isEqualTo("R3/PT1M");
  }

  @Test
  void shouldKeepLeadersDecisionAndRaiseIncidentWhenLibraryListingKeepsFailing() {
    ProcessInstance instance = startAndReachPilotDecision();
    LIST_IN_LIBRARY.willFail(new IllegalStateException("library down"));

    adopt(instance); // the leader's action succeeds: the listing is a job of its own

    assertThat(instance).hasPassed(TASK_DECIDE_ON_PILOT);
    Job listing = job(SERVICE_TASK_LIST_IN_LIBRARY, instance);
    for (int attempt = 0; attempt < 3; attempt++) {
      String jobId = listing.getId();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> extension.getManagementService().executeJob(jobId))
          .hasMessageContaining("library down");
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(61)));
    }

    assertThat(jobQuery().jobId(listing.getId()).singleResult().getRetries()).isZero();
    var incident =
        runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(SERVICE_TASK_LIST_IN_LIBRARY);
    assertThat(incident.getIncidentMessage()).contains("library down");

    // an admin retries once the library is back
    LIST_IN_LIBRARY.reset();
    extension.getManagementService().setJobRetries(listing.getId(), 1);
    execute(jobQuery().jobId(listing.getId()).singleResult());
    assertThat(instance).isWaitingAt(TASK_CONFIRM_ADOPTION);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  // Notices of tasks: every created task is told to its assignee or its candidate group

  @Test
  void shouldTellEachTaskToItsAssigneeOrGroupFromProposalToAdoption() {
    ProcessInstance instance = submit();
    screen(instance, "RETURN");
    complete(task(TASK_REVISE_PROPOSAL, instance));
    screen(instance, "ACCEPT");
    TASK_NOTICES.offered.clear();

    scheduleOnForum(THREE_REVIEWERS, REVIEW_DEADLINE);
    taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SUBMIT_REVIEW)
        .list()
        .forEach(review -> complete(review));
    rule(instance, "GO");
    planPilot(instance);
    correlate(MESSAGE_PILOT_ENDED_EARLY);
    adopt(instance);
    listInLibrary(instance);

    assertThat(TASK_NOTICES.offered)
        .containsExactly(
            TASK_SUBMIT_REVIEW + " -> reviewer-a",
            TASK_SUBMIT_REVIEW + " -> reviewer-b",
            TASK_SUBMIT_REVIEW + " -> reviewer-c",
            TASK_RULE_ON_MODEL + " -> " + PRESIDING_LEADER,
            TASK_PLAN_PILOT + " -> staff",
            TASK_DECIDE_ON_PILOT + " -> leader",
            TASK_CONFIRM_ADOPTION + " -> staff:unit-huangpu",
            TASK_CONFIRM_ADOPTION + " -> staff:unit-jingan",
            TASK_CONFIRM_ADOPTION + " -> staff:unit-xuhui");
  }

  @Test
  void shouldTellScreeningToStaffAndRevisionToCreator() {
    ProcessInstance instance = submit();
    screen(instance, "RETURN");

    assertThat(TASK_NOTICES.offered)
        .containsExactly(
            TASK_SCREEN_PROPOSAL + " -> staff", TASK_REVISE_PROPOSAL + " -> " + CREATOR);
  }

  // Helpers: each drives the process the way the application's services will.

  static ProcessInstance submit() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            BUSINESS_KEY,
            Map.of(VAR_MODEL_ID, MODEL_ID, VAR_CREATOR, CREATOR, VAR_FORUM_SLA, "P30D"));
  }

  static void screen(ProcessInstance instance, String outcome) {
    complete(task(TASK_SCREEN_PROPOSAL, instance), withVariables(VAR_SCREENING_OUTCOME, outcome));
  }

  static ProcessInstance submitAndReturn() {
    ProcessInstance instance = submit();
    screen(instance, "RETURN");
    return instance;
  }

  static ProcessInstance startAndAccept() {
    ProcessInstance instance = submit();
    screen(instance, "ACCEPT");
    return instance;
  }

  static void scheduleOnForum(List<String> reviewers, Date deadline) {
    runtimeService()
        .createMessageCorrelation(MESSAGE_SCHEDULED_ON_FORUM)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable(VAR_FORUM_ID, FORUM_ID)
        .setVariable(VAR_REVIEWERS, reviewers)
        .setVariable(VAR_REVIEW_DEADLINE, deadline)
        .setVariable(VAR_PRESIDING_LEADER, PRESIDING_LEADER)
        .correlate();
  }

  static ProcessInstance startAndScheduleOnForum(List<String> reviewers) {
    ProcessInstance instance = startAndAccept();
    scheduleOnForum(reviewers, REVIEW_DEADLINE);
    return instance;
  }

  static ProcessInstance startAndReachRuling() {
    ProcessInstance instance = startAndScheduleOnForum(THREE_REVIEWERS);
    reviewTasks(instance).forEach(review -> complete(review));
    return instance;
  }

  static List<Task> reviewTasks(ProcessInstance instance) {
    return openTasks(instance, TASK_SUBMIT_REVIEW);
  }

  static List<Task> openTasks(ProcessInstance instance, String activityId) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
  }

  static void rule(ProcessInstance instance, String ruling) {
    complete(task(TASK_RULE_ON_MODEL, instance), withVariables(VAR_RULING, ruling));
  }

  static ProcessInstance startAndReachPilotPlanning() {
    ProcessInstance instance = startAndReachRuling();
    rule(instance, "GO");
    return instance;
  }

  static void planPilot(ProcessInstance instance) {
    complete(
        task(TASK_PLAN_PILOT, instance),
        withVariables(
            VAR_PILOT_UNITS, PILOT_UNITS,
            VAR_PILOT_END, PILOT_END,
            VAR_PILOT_REMINDER_CYCLE, "R/P7D"));
  }

  static ProcessInstance startAndRunPilot() {
    ProcessInstance instance = startAndReachPilotPlanning();
    planPilot(instance);
    return instance;
  }

  static ProcessInstance startAndReachPilotDecision() {
    ProcessInstance instance = startAndRunPilot();
    correlate(MESSAGE_PILOT_ENDED_EARLY);
    return instance;
  }

  /** Completes the leader's decision, with further variables as key-value pairs. */
  static void decideOnPilot(ProcessInstance instance, String decision, Object... furtherVariables) {
    complete(
        task(TASK_DECIDE_ON_PILOT, instance),
        withVariables(VAR_PILOT_DECISION, decision, furtherVariables));
  }

  /** The leader adopts the model; the stand-in listing sets three adoption units. */
  static void adopt(ProcessInstance instance) {
    decideOnPilot(instance, "ADOPT", VAR_ADOPTION_REMINDER_CYCLE, "R/P14D");
  }

  static ProcessInstance startAndReachAdoption() {
    ProcessInstance instance = startAndReachPilotDecision();
    adopt(instance);
    listInLibrary(instance);
    return instance;
  }

  /** Runs the library listing's job, as the job executor does after the leader's decision. */
  static void listInLibrary(ProcessInstance instance) {
    execute(job(SERVICE_TASK_LIST_IN_LIBRARY, instance));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> recommendation(ProcessInstance instance) {
    return (Map<String, Object>)
        runtimeService().getVariable(instance.getId(), VAR_PILOT_RECOMMENDATION);
  }

  static Object adoptionUnitOf(Task confirmation) {
    return runtimeService().getVariableLocal(confirmation.getExecutionId(), VAR_ADOPTION_UNIT);
  }

  /** Fires a timer as the job executor would: at its due date. */
  static void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  static Date daysAfterNow(int days) {
    return Date.from(NOW.plus(Duration.ofDays(days)));
  }

  static List<String> afterPilotPlanning(String... stages) {
    List<String> expected = new ArrayList<>(STAGES_TO_PILOT_PLANNING);
    expected.addAll(List.of(stages));
    return expected;
  }

  static void correlate(String message) {
    runtimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
  }
}
