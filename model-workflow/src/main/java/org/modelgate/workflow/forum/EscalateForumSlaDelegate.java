package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.notice.Recipient;

/**
 * A model has waited longer than the forum SLA: flags it (process variable {@code
 * forumSlaExceeded}), writes the escalation into the model's history and tells the digital office
 * (a notice). Runs after {@code asyncBefore}: a failure is retried and becomes an incident.
 */
@Named(ModelLifecycle.BEAN_ESCALATE_FORUM_SLA)
@ApplicationScoped
public class EscalateForumSlaDelegate implements JavaDelegate {

  @Inject AuditTrail audit;
  @Inject Notices notices;

  static final String VAR_FORUM_SLA_EXCEEDED = "forumSlaExceeded";

  private static final Logger LOG = Logger.getLogger(EscalateForumSlaDelegate.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    Object modelId = execution.getVariable(ModelLifecycle.VAR_MODEL_ID);
    execution.setVariable(VAR_FORUM_SLA_EXCEEDED, true);
    audit.record(
        AuditRecord.onModel(
                AuditRecord.SYSTEM,
                "FORUM_SLA_EXCEEDED",
                ((Number) modelId).longValue(),
                null,
                null,
                null)
            .saying(
                "history.forum-sla-exceeded",
                "sla",
                execution.getVariable(ModelLifecycle.VAR_FORUM_SLA)));
    notices.raise(
        Recipient.digitalOffice(), NoticeKind.FORUM_SLA_EXCEEDED, ((Number) modelId).longValue());
    LOG.warning(() -> "model " + modelId + " has waited for a forum longer than its time limit");
  }
}
