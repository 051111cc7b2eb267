package org.modelgate.web.ui.proposal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.ScreeningOutcome;
import org.modelgate.api.proposal.ScreeningRequest;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;
import org.modelgate.workflow.engine.LifecycleSettings;

/**
 * Screening a proposal (初审): its content, the models already on its supervision point, and the
 * three outcomes — accept, return for revision or reject, the last two with a reason. The decision
 * is the service's to allow; the form is offered when the model's allowed actions include SCREEN.
 */
@Named
@ViewScoped
public class ScreeningPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject AttachmentService attachmentService;

  private long modelId;
  private SupervisionModelResponse model;
  private List<ModelSummaryResponse> similar;
  private List<AttachmentResponse> attachments;
  private String comment;

  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
    if (model != null) {
      similar = can("VIEW_SIMILAR") ? proposals.similarModels(modelId) : List.of();
      attachments = attachmentService.attachments(modelId);
    }
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  public String accept() {
    return screen(ScreeningOutcome.ACCEPT);
  }

  public String giveBack() {
    return screen(ScreeningOutcome.RETURN);
  }

  public String reject() {
    return screen(ScreeningOutcome.REJECT);
  }

  /** Checks the decision the way the service will, before the confirmation is asked for. */
  public void check(String outcome) {
    Feedback.rehearse(
        () ->
            proposals.screen(
                modelId, new ScreeningRequest(ScreeningOutcome.valueOf(outcome), comment)));
  }

  private String screen(ScreeningOutcome outcome) {
    return Feedback.call(
            () -> proposals.screen(modelId, new ScreeningRequest(outcome, comment)),
            "screening.done." + outcome.name(),
            model.title())
        .map(
            screened -> {
              Feedback.nextStep(modelId);
              return "/index?faces-redirect=true";
            })
        .orElse(null);
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

  public List<ModelSummaryResponse> getSimilar() {
    return similar;
  }

  /** Whether the supervision point has as many active models as the homogeneity cap allows. */
  public boolean isCapReached() {
    return similar != null && similar.size() >= getHomogeneityCap();
  }

  public int getHomogeneityCap() {
    int defaultCap = CDI.current().select(LifecycleSettings.class).get().homogeneityCap();
    if (model == null) {
      return defaultCap;
    }
    // The point's own cap, set by an administrator, overrides the configured default.
    return CDI.current().select(OrganisationService.class).get().supervisionPoints().stream()
        .filter(point -> point.id() == model.supervisionPointId())
        .map(SupervisionPointResponse::homogeneityCap)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(defaultCap);
  }

  public List<AttachmentResponse> getAttachments() {
    return attachments;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
