package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lifecycle BPMN on an in-memory engine, with the stage listener recording what it is told. */
class ModelLifecycleProcessTest {

  /** Stands in for the JPA-backed StageRecorder: same method, records instead of writing rows. */
  public static class RecordedStages {
    final List<String> entered = new ArrayList<>();

    public void enter(DelegateExecution execution, String stage) {
      entered.add(execution.getVariable(ModelLifecycle.VAR_MODEL_ID) + ":" + stage);
    }
  }

  static final RecordedStages STAGES = new RecordedStages();

  static ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:lifecycle-" + System.nanoTime());
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setHistoryTimeToLive("P3650D");
    config.setJobExecutorActivate(false);
    config.setBeans(Map.of("stageRecorder", STAGES));
    return config.buildProcessEngine();
  }

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  @Test
  @Deployment(resources = "processes/model-lifecycle.bpmn")
  void shouldWaitForScreeningByStaffAfterSubmission() {
    STAGES.entered.clear();

    ProcessInstance instance =
        extension
            .getRuntimeService()
            .startProcessInstanceByKey(
                ModelLifecycle.PROCESS_KEY, "42", Map.of(ModelLifecycle.VAR_MODEL_ID, 42L));

    assertThat(instance).isStarted().isWaitingAt(ModelLifecycle.TASK_SCREEN_PROPOSAL);
    assertThat(task(instance)).hasCandidateGroup("staff");
    assertThat(STAGES.entered).containsExactly("42:SCREENING");

    complete(task(instance));
    assertThat(instance)
        .hasPassedInOrder(
            ModelLifecycle.START_PROPOSAL_SUBMITTED, ModelLifecycle.TASK_SCREEN_PROPOSAL)
        .isEnded();
  }
}
