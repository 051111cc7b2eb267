package org.modelgate.workflow.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/** A reviewer who does not review a model on a forum's agenda, and why. Minuted. */
@Entity
@Table(name = "mg_review_exclusion")
@IdClass(ReviewExclusion.Key.class)
public class ReviewExclusion {

  /** Forum, model and reviewer identify an exclusion. */
  public static class Key implements Serializable {
    private Long forum;
    private Long model;
    private Long reviewer;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(forum, key.forum)
          && Objects.equals(model, key.model)
          && Objects.equals(reviewer, key.reviewer);
    }

    @Override
    public int hashCode() {
      return Objects.hash(forum, model, reviewer);
    }
  }

  @Id
  @ManyToOne
  @JoinColumn(name = "forum_id")
  private Forum forum;

  @Id
  @ManyToOne
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @Id
  @ManyToOne
  @JoinColumn(name = "reviewer_id")
  private UserAccount reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExclusionKind kind;

  /** The reviewer's reason for abstaining; null for an automatic exclusion. */
  @Column(length = 1000)
  private String reason;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ReviewExclusion() {}

  public ReviewExclusion(
      Forum forum,
      SupervisionModel model,
      UserAccount reviewer,
      ExclusionKind kind,
      String reason,
      Instant recordedAt) {
    this.forum = forum;
    this.model = model;
    this.reviewer = reviewer;
    this.kind = kind;
    this.reason = reason;
    this.recordedAt = recordedAt;
  }

  public UserAccount getReviewer() {
    return reviewer;
  }

  public ExclusionResponse toResponse() {
    // Before V15 an automatic exclusion stored its kind's label as the reason.
    return new ExclusionResponse(
        reviewer.toRef(), kind, kind == ExclusionKind.ABSTAINED ? reason : null);
  }
}
