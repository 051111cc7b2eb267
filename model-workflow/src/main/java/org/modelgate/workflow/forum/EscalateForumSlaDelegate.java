package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * A model has waited longer than the forum SLA: flags it for the digital office (process variable
 * {@code forumSlaExceeded}, shown in the task inbox) and leaves a line in the log.
 */
@Named(ModelLifecycle.BEAN_ESCALATE_FORUM_SLA)
@ApplicationScoped
public class EscalateForumSlaDelegate implements JavaDelegate {

  static final String VAR_FORUM_SLA_EXCEEDED = "forumSlaExceeded";

  private static final Logger LOG = Logger.getLogger(EscalateForumSlaDelegate.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    Object modelId = execution.getVariable(ModelLifecycle.VAR_MODEL_ID);
    execution.setVariable(VAR_FORUM_SLA_EXCEEDED, true);
    LOG.warning(() -> "监督模型 " + modelId + " 等待安排论证会已超过时限");
  }
}
