package org.modelgate.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * The baseline: a standalone Camunda engine configured like the application's (history FULL, UUID
 * ids, no CMMN, no metrics reporter) on its own database, running the application's own BPMN and
 * DMN with no-op stand-ins for the CDI beans. The stand-ins set the variables the real delegates
 * set, so the process takes the same path; they do none of the application's work.
 */
final class RawEngine implements AutoCloseable {

  /** What the BPMN's {@code ${stageRecorder.enter(execution, 'X')}} listeners call. */
  public static final class NoStageRecorder {
    public void enter(DelegateExecution execution, String stage) {}
  }

  final ProcessEngine engine;

  private RawEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * An engine on {@code jdbcUrl}; {@code deploy} false for a reader of the application's tables.
   */
  static RawEngine start(String name, String jdbcUrl, boolean deploy) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName(name);
    config.setJdbcUrl(jdbcUrl);
    config.setJdbcDriver(CountingDriver.class.getName());
    config.setJdbcUsername("postgres");
    config.setJdbcPassword("");
    config.setJdbcMaxActiveConnections(8);
    config.setDatabaseSchemaUpdate(
        deploy
            ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
            : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setIdGenerator(new StrongUuidGenerator());
    config.setHistoryTimeToLive("P3650D");
    config.setCmmnEnabled(false);
    config.setStandaloneTasksEnabled(false);
    config.setDbMetricsReporterActivate(false);
    config.setJobExecutorActivate(false);
    Map<Object, Object> beans = new HashMap<>();
    beans.put(ModelLifecycle.BEAN_STAGE_RECORDER, new NoStageRecorder());
    beans.put(
        ModelLifecycle.BEAN_CHECK_HOMOGENEITY,
        (JavaDelegate) e -> e.setVariable(ModelLifecycle.VAR_SIMILAR_MODEL_COUNT, 0L));
    JavaDelegate nothing = e -> {};
    beans.put(ModelLifecycle.BEAN_ESCALATE_FORUM_SLA, nothing);
    beans.put(ModelLifecycle.BEAN_REMIND_SILENT_UNITS, nothing);
    beans.put(ModelLifecycle.BEAN_REMIND_ADOPTION, nothing);
    beans.put(
        ModelLifecycle.BEAN_COLLECT_FUNNEL,
        (JavaDelegate)
            e -> {
              e.setVariable(ModelLifecycle.DMN_CLUES, 2L);
              e.setVariable(ModelLifecycle.DMN_VERIFIED, 1L);
              e.setVariable(ModelLifecycle.DMN_VALID_RATE, 1.0);
              e.setVariable(ModelLifecycle.DMN_CASES_FORMED, 0L);
              e.setVariable(ModelLifecycle.DMN_PILOT_ENDED, false);
              e.setVariable(ModelLifecycle.DMN_MIN_VALID_RATE, 0.5);
              e.setVariable(ModelLifecycle.DMN_MIN_CASES_FORMED, 0L);
              e.setVariable(ModelLifecycle.DMN_MIN_CLUES_FOR_JUDGEMENT, 100L);
            });
    beans.put(
        ModelLifecycle.BEAN_LIST_IN_LIBRARY,
        (JavaDelegate)
            e -> {
              e.setVariable(
                  ModelLifecycle.VAR_ADOPTION_UNITS,
                  new ArrayList<>(List.of("GD", "JD", "JX", "JXI", "LX", "NG", "XZ")));
              e.setVariable(ModelLifecycle.VAR_ADOPTION_REMINDER_CYCLE, "R/P14D");
            });
    config.setBeans(beans);
    ProcessEngine engine = config.buildProcessEngine();
    if (deploy) {
      DeploymentBuilder deployment =
          engine
              .getRepositoryService()
              .createDeployment()
              .name("modelgate-raw")
              .enableDuplicateFiltering(true);
      for (String resource : ModelLifecycle.RESOURCES) {
        deployment.addClasspathResource(resource);
      }
      deployment.deploy();
    }
    return new RawEngine(engine);
  }

  void submit(String key) {
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            ModelLifecycle.PROCESS_KEY,
            key,
            Map.of(
                ModelLifecycle.VAR_MODEL_ID, (long) key.hashCode(),
                ModelLifecycle.VAR_CREATOR, "creator",
                ModelLifecycle.VAR_FORUM_SLA, "P30D"));
  }

  /** What a client of the raw API does for a user task: find it, then complete it. */
  void complete(String key, String taskKey, Map<String, Object> variables) {
    List<Task> open =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(key)
            .taskDefinitionKey(taskKey)
            .list();
    if (open.isEmpty()) {
      throw new IllegalStateException("no open " + taskKey + " for " + key);
    }
    engine.getTaskService().complete(open.get(0).getId(), variables);
  }

  void correlate(String key, String message, Map<String, Object> variables) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(key)
        .setVariables(variables)
        .correlateWithResult();
  }

  void screen(String key) {
    complete(
        key,
        ModelLifecycle.TASK_SCREEN_PROPOSAL,
        Map.of(ModelLifecycle.VAR_SCREENING_OUTCOME, "ACCEPT"));
  }

  void agenda(String key) {
    correlate(
        key,
        ModelLifecycle.MESSAGE_SCHEDULED_ON_FORUM,
        Map.of(
            ModelLifecycle.VAR_FORUM_ID,
            1L,
            ModelLifecycle.VAR_REVIEWERS,
            new ArrayList<>(List.of("guest-reviewer")),
            ModelLifecycle.VAR_REVIEW_DEADLINE,
            Date.from(Instant.now().plus(5, ChronoUnit.DAYS)),
            ModelLifecycle.VAR_PRESIDING_LEADER,
            "leader"));
  }

  void review(String key) {
    complete(key, ModelLifecycle.TASK_SUBMIT_REVIEW, Map.of());
  }

  void ruling(String key) {
    complete(key, ModelLifecycle.TASK_RULE_ON_MODEL, Map.of(ModelLifecycle.VAR_RULING, "GO"));
  }

  void plan(String key) {
    complete(
        key,
        ModelLifecycle.TASK_PLAN_PILOT,
        Map.of(
            ModelLifecycle.VAR_PILOT_UNITS,
            new ArrayList<>(List.of("XZ", "LX")),
            ModelLifecycle.VAR_PILOT_END,
            Date.from(Instant.now().plus(61, ChronoUnit.DAYS)),
            ModelLifecycle.VAR_PILOT_REMINDER_CYCLE,
            "R/P7D"));
  }

  void endPilot(String key) {
    correlate(key, ModelLifecycle.MESSAGE_PILOT_ENDED_EARLY, Map.of());
  }

  void decide(String key) {
    complete(
        key,
        ModelLifecycle.TASK_DECIDE_ON_PILOT,
        Map.of(ModelLifecycle.VAR_PILOT_DECISION, "ADOPT"));
  }

  void confirmAdoption(String key) {
    complete(key, ModelLifecycle.TASK_CONFIRM_ADOPTION, Map.of());
  }

  @Override
  public void close() {
    engine.close();
  }
}
