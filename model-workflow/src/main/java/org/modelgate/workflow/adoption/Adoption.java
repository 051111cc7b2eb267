package org.modelgate.workflow.adoption;

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
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;

/** One cell of the adoption matrix: a unit's progress with an adopted model. */
@Entity
@Table(name = "mg_adoption")
@IdClass(Adoption.Key.class)
public class Adoption {

  /** Model and unit identify a cell. */
  public static class Key implements Serializable {
    private Long model;
    private Long unit;

    public Key() {}

    public Key(long model, long unit) {
      this.model = model;
      this.unit = unit;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(model, key.model)
          && Objects.equals(unit, key.unit);
    }

    @Override
    public int hashCode() {
      return Objects.hash(model, unit);
    }
  }

  @Id
  @ManyToOne
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @Id
  @ManyToOne
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AdoptionStatus status = AdoptionStatus.ASSIGNED;

  @Column(length = 1000)
  private String reason;

  @ManyToOne
  @JoinColumn(name = "updated_by")
  private UserAccount updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Adoption() {}

  public Adoption(SupervisionModel model, Unit unit, Instant assignedAt) {
    this.model = model;
    this.unit = unit;
    this.updatedAt = assignedAt;
  }

  static Key key(long modelId, long unitId) {
    return new Key(modelId, unitId);
  }

  void move(AdoptionStatus next, String why, UserAccount by, Instant at) {
    this.status = next;
    this.reason = why;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public AdoptionStatus getStatus() {
    return status;
  }

  public Unit getUnit() {
    return unit;
  }

  AdoptionResponse toResponse(boolean reportable) {
    return new AdoptionResponse(
        model.getId(),
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        unit.getNameEn(),
        status,
        status.label(),
        reason,
        updatedAt,
        reportable);
  }
}
