package org.modelgate.web.ui.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.review.AbstainRequest;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.review.SubmitReviewRequest;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;

/**
 * A reviewer's scorecard for one model: four criteria scored 1–5 and four comments, or an
 * abstention for a conflict of interest. The others' reviews show once the service shows them,
 * which is after the reviewer's own.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject ReviewService reviewService;

  private long modelId;
  private SupervisionModelResponse model;
  private ReviewBoardResponse board;
  private Integer necessity;
  private Integer feasibility;
  private Integer clueAccuracy;
  private Integer promotionValue;
  private String practicalSignificance;
  private String expectedEffect;
  private String difficulties;
  private String attentionPoints;
  private String reason;

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
  }

  public List<Integer> getScores() {
    return List.of(1, 2, 3, 4, 5);
  }

  public ReviewBoardResponse getBoard() {
    if (board == null) {
      board = reviewService.board(modelId);
    }
    return board;
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  /** Checks the opinion the way the service will, before the confirmation is asked for. */
  public void checkSubmit() {
    Feedback.rehearse(() -> reviewService.submit(modelId, request()));
  }

  /** Checks the abstention the way the service will, before the confirmation is asked for. */
  public void checkAbstain() {
    Feedback.rehearse(() -> reviewService.abstain(modelId, new AbstainRequest(reason)));
  }

  private SubmitReviewRequest request() {
    return new SubmitReviewRequest(
        necessity,
        feasibility,
        clueAccuracy,
        promotionValue,
        practicalSignificance,
        expectedEffect,
        difficulties,
        attentionPoints);
  }

  public void submit() {
    if (Feedback.run(() -> reviewService.submit(modelId, request()), "review.submitted")) {
      refresh();
      Feedback.nextStep(modelId);
    }
  }

  public void abstain() {
    Feedback.call(
            () -> reviewService.abstain(modelId, new AbstainRequest(reason)), "review.abstained")
        .ifPresent(
            changed -> {
              refresh();
              board = changed;
              Feedback.nextStep(modelId);
            });
  }

  /** After the review or abstention: the model's allowed actions and the board have changed. */
  private void refresh() {
    model = proposals.find(modelId);
    board = null;
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

  public Integer getNecessity() {
    return necessity;
  }

  public void setNecessity(Integer necessity) {
    this.necessity = necessity;
  }

  public Integer getFeasibility() {
    return feasibility;
  }

  public void setFeasibility(Integer feasibility) {
    this.feasibility = feasibility;
  }

  public Integer getClueAccuracy() {
    return clueAccuracy;
  }

  public void setClueAccuracy(Integer clueAccuracy) {
    this.clueAccuracy = clueAccuracy;
  }

  public Integer getPromotionValue() {
    return promotionValue;
  }

  public void setPromotionValue(Integer promotionValue) {
    this.promotionValue = promotionValue;
  }

  public String getPracticalSignificance() {
    return practicalSignificance;
  }

  public void setPracticalSignificance(String practicalSignificance) {
    this.practicalSignificance = practicalSignificance;
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public void setExpectedEffect(String expectedEffect) {
    this.expectedEffect = expectedEffect;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public String getAttentionPoints() {
    return attentionPoints;
  }

  public void setAttentionPoints(String attentionPoints) {
    this.attentionPoints = attentionPoints;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
