package org.modelgate.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.api.decision.Gate;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * A gate decision, frozen when made: decider, time, reason, model version and the evidence it was
 * made on. No setter exists; the application never updates or deletes a decision.
 */
@Entity
@Table(name = "mg_decision")
public class Decision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_decision")
  @SequenceGenerator(name = "mg_decision", sequenceName = "mg_decision_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id", updatable = false)
  private SupervisionModel model;

  /** The forum a forum ruling was made at. */
  @Column(name = "forum_id", updatable = false)
  private Long forumId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private Gate gate;

  @Column(nullable = false, length = 32, updatable = false)
  private String outcome;

  @Column(length = 4000, updatable = false)
  private String reason;

  @ManyToOne(optional = false)
  @JoinColumn(name = "decided_by", updatable = false)
  private UserAccount decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "model_version", nullable = false, updatable = false)
  private int modelVersion;

  @Column(nullable = false, length = 1_000_000, updatable = false)
  private String evidence;

  protected Decision() {}

  public Decision(
      SupervisionModel model,
      Long forumId,
      Gate gate,
      String outcome,
      String reason,
      UserAccount decidedBy,
      Instant decidedAt,
      String evidence) {
    this.model = model;
    this.forumId = forumId;
    this.gate = gate;
    this.outcome = outcome;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.modelVersion = model.getModelVersion();
    this.evidence = evidence;
  }

  public Long getId() {
    return id;
  }

  public Gate getGate() {
    return gate;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public UserAccount getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public int getModelVersion() {
    return modelVersion;
  }

  public String getEvidence() {
    return evidence;
  }

  public SupervisionModel getModel() {
    return model;
  }
}
