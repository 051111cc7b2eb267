package org.modelgate.web.ui.pilot;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.Gate;
import org.modelgate.api.decision.PilotDecision;
import org.modelgate.api.decision.PilotDecisionRequest;
import org.modelgate.api.decision.PilotRecommendation;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;
import org.modelgate.web.ui.clue.ModelFunnel;

/**
 * The leader's pilot decision (Task_DecideOnPilot) on the evidence: the funnel against the plan's
 * thresholds and the evaluation's recommendation. Departing from it needs a reason, which the
 * service enforces and this page shows next to the reason. While the pilot runs, a leader may end
 * it early instead.
 */
@Named
@ViewScoped
public class PilotDecisionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject DecisionService decisions;
  @Inject PilotService pilots;
  @Inject ModelFunnel modelFunnel;

  private long modelId;
  private SupervisionModelResponse model;
  private PilotRecommendation recommendation;
  private DecisionResponse decided;

  private PilotDecision decision;
  private String reason;
  private LocalDate newEndDate;
  private String endReason;

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
    if (model != null) {
      recommendation = decisions.pendingRecommendation(modelId).orElse(null);
      if (decision == null && recommendation != null) {
        decision = recommendation.recommendation();
      }
      if (recommendation == null) {
        decided = latestPilotDecision();
      }
      suggestNewEnd();
    }
  }

  /** The model's last pilot decision record, if any, to show what was decided. */
  private DecisionResponse latestPilotDecision() {
    List<DecisionResponse> records = decisions.decisions(modelId);
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).gate() == Gate.PILOT_DECISION) {
        return records.get(i);
      }
    }
    return null;
  }

  /** A month after the plan's end, as a starting point for an extension. */
  private void suggestNewEnd() {
    if (newEndDate == null) {
      newEndDate =
          pilots.currentPlan(modelId).map(plan -> plan.endDate().plusMonths(1)).orElse(null);
    }
  }

  private void reload() {
    modelFunnel.reset();
    model = proposals.find(modelId);
    recommendation = decisions.pendingRecommendation(modelId).orElse(null);
  }

  public List<PilotDecision> getOutcomes() {
    return List.of(PilotDecision.values());
  }

  /** Whether the chosen outcome departs from the recommendation (the reason is then required). */
  public boolean isOverriding() {
    return recommendation != null
        && decision != null
        && decision != recommendation.recommendation();
  }

  public boolean isPending() {
    return recommendation != null;
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  /** Checks the decision the way the service will, before the confirmation is asked for. */
  public void check() {
    Feedback.rehearse(() -> decisions.decidePilot(modelId, request()));
  }

  /** Checks ending the pilot now the way the service will, before the confirmation is asked. */
  public void checkEnd() {
    Feedback.rehearse(() -> pilots.endEarly(modelId, endReason), Map.of("reason", "endReason"));
  }

  private PilotDecisionRequest request() {
    return new PilotDecisionRequest(
        decision, reason, decision == PilotDecision.EXTEND ? newEndDate : null);
  }

  public void decide() {
    PilotDecision chosen = decision;
    Feedback.call(
            () -> decisions.decidePilot(modelId, request()),
            "decision.decided",
            Texts.get("outcome." + chosen))
        .ifPresent(
            response -> {
              decided = response;
              reload();
              Feedback.nextStep(modelId);
            });
  }

  /** Ends the running pilot now; the evaluation follows at once. */
  public void endEarly() {
    try {
      pilots.endEarly(modelId, endReason);
    } catch (InvalidInputException refused) {
      for (FieldViolation violation : refused.violations()) {
        Feedback.error(
            "end:endReason",
            violation.code() != null
                ? Feedback.worded(violation)
                : Texts.getOrDefault("violation." + violation.rule(), violation.message()));
      }
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    } catch (RuntimeException other) {
      Feedback.run(
          () -> {
            throw other;
          },
          null);
      return;
    }
    Feedback.info(Texts.get("decision.ended"));
    Feedback.nextStep(modelId);
    endReason = null;
    reload();
    suggestNewEnd();
    if (decision == null && recommendation != null) {
      decision = recommendation.recommendation();
    }
  }

  public long getModelId() {
    return modelId;
  }

  public void setModelId(long modelId) {
    this.modelId = modelId;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public PilotRecommendation getRecommendation() {
    return recommendation;
  }

  public DecisionResponse getDecided() {
    return decided;
  }

  public PilotDecision getDecision() {
    return decision;
  }

  public void setDecision(PilotDecision decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getNewEndDate() {
    return newEndDate;
  }

  public void setNewEndDate(LocalDate newEndDate) {
    this.newEndDate = newEndDate;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
