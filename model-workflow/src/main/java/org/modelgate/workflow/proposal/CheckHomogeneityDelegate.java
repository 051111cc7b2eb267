package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.model.SupervisionModelRepository;

/**
 * Homogeneity check (同质化) on each submission: counts the models already active or listed on the
 * same supervision point, for the screener. The cap itself is enforced when the creator submits.
 */
@Named(ModelLifecycle.BEAN_CHECK_HOMOGENEITY)
@ApplicationScoped
public class CheckHomogeneityDelegate implements JavaDelegate {

  @Inject SupervisionModelRepository models;

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    SupervisionModel model =
        models.findById(modelId).orElseThrow(() -> AccessPolicy.notFound(modelId));
    long similar = models.activeOnPoint(model.getSupervisionPoint().getId(), modelId).size();
    execution.setVariable(ModelLifecycle.VAR_SIMILAR_MODEL_COUNT, similar);
  }
}
