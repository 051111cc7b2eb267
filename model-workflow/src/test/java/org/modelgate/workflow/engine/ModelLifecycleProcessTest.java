package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.modelgate.workflow.engine.ModelLifecycle.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelgate.api.security.Role;

/**
 * The lifecycle BPMN on an in-memory engine, path by path. The beans the BPMN names are stand-ins
 * that record what they are told; timers are fired by executing their jobs, at a fixed engine
 * clock.
 */
@Deployment(resources = "processes/model-lifecycle.bpmn")
class ModelLifecycleProcessTest {

  static final long MODEL_ID = 42L;
  static final String BUSINESS_KEY = String.valueOf(MODEL_ID);
  static final String CREATOR = "creator-li";
  static final String PRESIDING_LEADER = "leader-wang";
  static final long FORUM_ID = 7L;
  static final List<String> THREE_REVIEWERS = List.of("reviewer-a", "reviewer-b", "reviewer-c");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Date REVIEW_DEADLINE = Date.from(NOW.plus(Duration.ofDays(14)));

  /** Stands in for the JPA-backed StageRecorder: same method, records instead of writing rows. */
  public static class RecordedStages {
    final List<String> entered = new ArrayList<>();
    final List<Object> modelIds = new ArrayList<>();

    public void enter(DelegateExecution execution, String stage) {
      entered.add(stage);
      modelIds.add(execution.getVariable(VAR_MODEL_ID));
    }
  }

  /** Stands in for a JavaDelegate bean: counts its calls and sets the variables it is given. */
  static class RecordingDelegate implements JavaDelegate {
    final List<Object> calledFor = new ArrayList<>();
    private final Map<String, Object> sets;

    RecordingDelegate(Map<String, Object> sets) {
      this.sets = sets;
    }

    @Override
    public void execute(DelegateExecution execution) {
      calledFor.add(execution.getVariable(VAR_MODEL_ID));
      execution.setVariables(sets);
    }
  }

  static final RecordedStages STAGES = new RecordedStages();
  static final RecordingDelegate CHECK_HOMOGENEITY =
      new RecordingDelegate(Map.of(VAR_SIMILAR_MODEL_COUNT, 3L));
  static final RecordingDelegate ESCALATE_FORUM_SLA = new RecordingDelegate(Map.of());

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
            BEAN_ESCALATE_FORUM_SLA, ESCALATE_FORUM_SLA));
    return config.buildProcessEngine();
  }

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  @BeforeEach
  void resetStandInsAndClock() {
    STAGES.entered.clear();
    STAGES.modelIds.clear();
    CHECK_HOMOGENEITY.calledFor.clear();
    ESCALATE_FORUM_SLA.calledFor.clear();
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
  void shouldEndAtPlaceholderWhenPilotPlanned() {
    ProcessInstance instance = startAndReachRuling();
    rule(instance, "GO");

    complete(task(TASK_PLAN_PILOT, instance));

    assertThat(instance).hasPassed(END_PILOT_PLANNED).isEnded();
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
        () -> {
          ProcessInstance instance = startAndReachRuling();
          rule(instance, "GO");
          return instance;
        },
        TASK_PLAN_PILOT,
        "SCREENING",
        "AWAITING_FORUM",
        "FORUM_REVIEW",
        "PILOT_PLANNING");

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

  // Deployment

  @Test
  void shouldDeployEveryApplicationResourceAndEvaluateThePilotEvaluationOnTheEngine() {
    // as ProcessDeployer does: the list, not the class-level @Deployment
    var builder = repositoryService().createDeployment().name("modelgate-resources");
    RESOURCES.forEach(builder::addClasspathResource);
    var deployment = builder.deployWithResult();
    try {
      assertThat(deployment.getDeployedDecisionDefinitions())
          .extracting(DecisionDefinition::getKey)
          .containsExactly(DECISION_PILOT_EVALUATION);

      var result =
          decisionService()
              .evaluateDecisionTableByKey(DECISION_PILOT_EVALUATION)
              .variables(
                  Map.of(
                      DMN_PILOT_ENDED, true,
                      DMN_CLUES, 60L,
                      DMN_VERIFIED, 40L,
                      DMN_VALID_RATE, 0.75,
                      DMN_CASES_FORMED, 6L,
                      DMN_MIN_VALID_RATE, new BigDecimal("0.6"),
                      DMN_MIN_CASES_FORMED, 3L,
                      DMN_MIN_CLUES_FOR_JUDGEMENT, 20L))
              .evaluate()
              .getSingleResult();

      assertThat((String) result.getEntry(DMN_RECOMMENDATION)).isEqualTo("ADOPT");
      assertThat((String) result.getEntry(DMN_REASON)).isNotBlank();
    } finally {
      repositoryService().deleteDeployment(deployment.getId(), true);
    }
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
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SUBMIT_REVIEW)
        .list();
  }

  static void rule(ProcessInstance instance, String ruling) {
    complete(task(TASK_RULE_ON_MODEL, instance), withVariables(VAR_RULING, ruling));
  }

  static void correlate(String message) {
    runtimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
  }
}
