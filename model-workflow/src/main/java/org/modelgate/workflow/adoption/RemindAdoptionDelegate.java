package org.modelgate.workflow.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;

/** The adoption reminder timer: writes the reminder into the model's history. */
@Named(ModelLifecycle.BEAN_REMIND_ADOPTION)
@ApplicationScoped
public class RemindAdoptionDelegate implements JavaDelegate {

  @Inject AuditTrail audit;

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    audit.record(
        AuditRecord.onModel(
            AuditRecord.SYSTEM, "ADOPTION_REMINDER", modelId, null, null, "尚有单位未完成推广落实，请尽快报送进展"));
  }
}
