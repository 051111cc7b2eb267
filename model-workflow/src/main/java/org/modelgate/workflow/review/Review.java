package org.modelgate.workflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.api.review.SubmitReviewRequest;
import org.modelgate.workflow.forum.Forum;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/** One reviewer's scorecard for one model at one forum. */
@Entity
@Table(name = "mg_review")
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_review")
  @SequenceGenerator(name = "mg_review", sequenceName = "mg_review_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "forum_id")
  private Forum forum;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reviewer_id")
  private UserAccount reviewer;

  @Column(nullable = false)
  private int necessity;

  @Column(nullable = false)
  private int feasibility;

  @Column(name = "clue_accuracy", nullable = false)
  private int clueAccuracy;

  @Column(name = "promotion_value", nullable = false)
  private int promotionValue;

  @Column(name = "practical_significance", nullable = false, length = 4000)
  private String practicalSignificance;

  @Column(name = "expected_effect", nullable = false, length = 4000)
  private String expectedEffect;

  @Column(nullable = false, length = 4000)
  private String difficulties;

  @Column(name = "attention_points", nullable = false, length = 4000)
  private String attentionPoints;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected Review() {}

  Review(
      Forum forum,
      SupervisionModel model,
      UserAccount reviewer,
      SubmitReviewRequest request,
      Instant submittedAt) {
    this.forum = forum;
    this.model = model;
    this.reviewer = reviewer;
    this.necessity = request.necessity();
    this.feasibility = request.feasibility();
    this.clueAccuracy = request.clueAccuracy();
    this.promotionValue = request.promotionValue();
    this.practicalSignificance = request.practicalSignificance();
    this.expectedEffect = request.expectedEffect();
    this.difficulties = request.difficulties();
    this.attentionPoints = request.attentionPoints();
    this.submittedAt = submittedAt;
  }

  public UserAccount getReviewer() {
    return reviewer;
  }

  public ReviewResponse toResponse() {
    return new ReviewResponse(
        id,
        forum.getId(),
        reviewer.toRef(),
        necessity,
        feasibility,
        clueAccuracy,
        promotionValue,
        practicalSignificance,
        expectedEffect,
        difficulties,
        attentionPoints,
        submittedAt);
  }
}
