package org.modelgate.workflow.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.common.Labels;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.notice.Recipient;
import org.modelgate.workflow.organisation.Unit;

/**
 * The adoption reminder timer: names the units whose adoption task is still open, in the model's
 * history and in a notice to the digital office and to each of those units' staff. Runs after
 * {@code asyncBefore}: a failure is retried and becomes an incident.
 */
@Named(ModelLifecycle.BEAN_REMIND_ADOPTION)
@ApplicationScoped
public class RemindAdoptionDelegate implements JavaDelegate {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Notices notices;

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    var taskService = execution.getProcessEngineServices().getTaskService();
    List<String> codes = new ArrayList<>();
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(ModelLifecycle.TASK_CONFIRM_ADOPTION)
            .list()) {
      Object code = taskService.getVariableLocal(task.getId(), ModelLifecycle.VAR_ADOPTION_UNIT);
      if (code != null) {
        codes.add(code.toString());
      }
    }
    if (codes.isEmpty()) {
      return;
    }
    List<Unit> units =
        em.createQuery("select u from Unit u where u.code in :codes order by u.code", Unit.class)
            .setParameter("codes", codes)
            .getResultList();
    String names = Labels.list(units.stream().map(Unit::getName).toList(), Labels.DEFAULT);
    audit.record(
        AuditRecord.onModel(AuditRecord.SYSTEM, "ADOPTION_REMINDER", modelId, null, null, null)
            .saying(
                "history.adoption-reminder", "units", units.stream().map(Unit::getCode).toList()));
    List<Recipient> to = new ArrayList<>();
    to.add(Recipient.digitalOffice());
    units.forEach(unit -> to.add(Recipient.group(Role.STAFF, unit.getId())));
    notices.raise(to, NoticeKind.ADOPTION_NOT_CONFIRMED, modelId, names);
  }
}
