package org.modelgate.workflow.model;

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
import java.time.LocalDate;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.workflow.organisation.UserAccount;

/** A condition of a conditional go, to be closed by its owner before the pilot starts. */
@Entity
@Table(name = "mg_decision_condition")
public class DecisionCondition {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_decision_condition")
  @SequenceGenerator(
      name = "mg_decision_condition",
      sequenceName = "mg_decision_condition_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "decision_id", updatable = false)
  private Decision decision;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id", updatable = false)
  private SupervisionModel model;

  @Column(nullable = false, length = 2000, updatable = false)
  private String text;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id", updatable = false)
  private UserAccount owner;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ManyToOne
  @JoinColumn(name = "closed_by")
  private UserAccount closedBy;

  protected DecisionCondition() {}

  public DecisionCondition(Decision decision, String text, UserAccount owner, LocalDate dueDate) {
    this.decision = decision;
    this.model = decision.getModel();
    this.text = text;
    this.owner = owner;
    this.dueDate = dueDate;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public String getText() {
    return text;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public void close(UserAccount by, Instant at) {
    this.closedBy = by;
    this.closedAt = at;
  }

  public SupervisionModel getModel() {
    return model;
  }

  public Decision getDecision() {
    return decision;
  }

  public ConditionResponse toResponse() {
    return new ConditionResponse(
        id, text, owner.toRef(), dueDate, closedAt, closedBy == null ? null : closedBy.toRef());
  }
}
