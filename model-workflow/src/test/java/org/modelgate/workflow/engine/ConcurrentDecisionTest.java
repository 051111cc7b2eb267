package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.LifecycleViolationException;

/**
 * Two decisions on one task, made deterministic the way Camunda's own concurrency tests do it: the
 * first decision is paused inside its command, after the engine has done its work but before it
 * writes anything; the second runs to the end; then the first resumes. Exactly one wins and the
 * other is refused as a conflict, whatever the timing in production.
 */
class ConcurrentDecisionTest {

  /** Holds a thread that opted in at the end of a task completion, before the flush. */
  static final class PauseBeforeFlush extends CommandInterceptor {
    static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> false);
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (ENABLED.get() && command instanceof CompleteTaskCmd) {
        reached.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return result;
    }
  }

  /** Stage listener and delegates that do nothing: this test is about the engine's tasks. */
  public static class Quiet implements org.camunda.bpm.engine.delegate.JavaDelegate {
    public void enter(DelegateExecution execution, String stage) {}

    @Override
    public void execute(DelegateExecution execution) {}
  }

  PauseBeforeFlush pause;
  ProcessEngine engine;
  ProcessTasks processTasks;

  @BeforeEach
  void engine() {
    pause = new PauseBeforeFlush();
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:concurrency-" + System.nanoTime());
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setHistoryTimeToLive("P3650D");
    config.setJobExecutorActivate(false);
    config.setCustomPostCommandInterceptorsTxRequired(List.of(pause));
    Quiet quiet = new Quiet();
    config.setBeans(
        Map.of(
            ModelLifecycle.BEAN_STAGE_RECORDER, quiet,
            ModelLifecycle.BEAN_CHECK_HOMOGENEITY, quiet,
            ModelLifecycle.BEAN_ESCALATE_FORUM_SLA, quiet,
            ModelLifecycle.BEAN_TASK_NOTICE_LISTENER,
                (org.camunda.bpm.engine.delegate.TaskListener) task -> {}));
    engine = config.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource(ModelLifecycle.RESOURCES.get(0))
        .deploy();
    processTasks = new ProcessTasks();
    processTasks.taskService = engine.getTaskService();
    processTasks.runtimeService = engine.getRuntimeService();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void shouldLetExactlyOneOfTwoScreeningDecisionsWinAndRefuseTheOtherAsConflict() throws Exception {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                ModelLifecycle.PROCESS_KEY,
                "42",
                Map.of(
                    ModelLifecycle.VAR_MODEL_ID, 42L,
                    ModelLifecycle.VAR_CREATOR, "creator",
                    ModelLifecycle.VAR_FORUM_SLA, "P30D"));
    Task screening =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();

    // given: the first decision (ACCEPT) has done its work and is paused before writing it
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () -> {
              PauseBeforeFlush.ENABLED.set(true);
              try {
                processTasks.complete(
                    screening, "staff", Map.of(ModelLifecycle.VAR_SCREENING_OUTCOME, "ACCEPT"));
              } finally {
                PauseBeforeFlush.ENABLED.set(false);
              }
            });
    assertThat(pause.reached.await(30, TimeUnit.SECONDS)).isTrue();

    // when: the second decision (REJECT) runs to the end, then the first resumes
    processTasks.complete(
        screening, "staff", Map.of(ModelLifecycle.VAR_SCREENING_OUTCOME, "REJECT"));
    pause.release.countDown();

    // then: the first is refused as a conflict and only the second took effect
    assertThatThrownBy(first::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(LifecycleViolationException.class);
    var history = engine.getHistoryService();
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(ModelLifecycle.TASK_SCREEN_PROPOSAL)
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(ModelLifecycle.RECEIVE_TASK_AWAIT_FORUM)
                .count())
        .isZero();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(ModelLifecycle.END_PROPOSAL_REJECTED)
                .count())
        .isEqualTo(1);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .count())
        .isZero();
  }
}
