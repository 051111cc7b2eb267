package org.modelgate.workflow.adoption;

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
import org.modelgate.api.adoption.FeedbackResponse;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;

/** Feedback from a unit on an adopted model (上下联动: units report upward). */
@Entity
@Table(name = "mg_adoption_feedback")
public class AdoptionFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_adoption_feedback")
  @SequenceGenerator(
      name = "mg_adoption_feedback",
      sequenceName = "mg_adoption_feedback_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AdoptionFeedback() {}

  AdoptionFeedback(
      SupervisionModel model, Unit unit, UserAccount author, String body, Instant createdAt) {
    this.model = model;
    this.unit = unit;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  FeedbackResponse toResponse() {
    return new FeedbackResponse(
        id, unit.getId(), unit.getName(), unit.getNameEn(), author.toRef(), body, createdAt);
  }
}
