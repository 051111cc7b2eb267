package org.modelgate.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.modelgate.api.proposal.Stage;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.security.Actors;

/**
 * Keeps the stage in the application's table in step with the process: the BPMN calls {@code
 * ${stageRecorder.enter(execution, 'SCREENING')}} where a stage begins. It runs in the engine's
 * transaction, which is the container's, so stage, process state and the audit entry commit
 * together.
 */
@Named(ModelLifecycle.BEAN_STAGE_RECORDER)
@ApplicationScoped
public class StageRecorder {

  private static final Logger LOG = Logger.getLogger(StageRecorder.class.getName());

  @Inject SupervisionModelRepository repository;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject Actors actors;

  public void enter(DelegateExecution execution, String stage) {
    Stage next = Stage.valueOf(stage);
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    SupervisionModel model =
        repository
            .findById(modelId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "process "
                            + execution.getProcessInstanceId()
                            + " names unknown model "
                            + modelId));
    Stage previous = model.getStage();
    LOG.fine(() -> "model " + modelId + ": " + previous + " -> " + next);
    model.enterStage(next, clock.instant());
    audit.record(
        AuditRecord.onModel(
            actors.current(), "STAGE_CHANGED", modelId, previous.name(), next.name(), null));
  }
}
