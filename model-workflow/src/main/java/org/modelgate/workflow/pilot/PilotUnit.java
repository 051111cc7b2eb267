package org.modelgate.workflow.pilot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.modelgate.api.pilot.PilotUnitResponse;
import org.modelgate.workflow.organisation.Unit;

/** A pilot unit of a plan with its baseline figures. */
@Entity
@Table(name = "mg_pilot_unit")
@IdClass(PilotUnit.Key.class)
public class PilotUnit {

  /** Plan and unit identify a pilot unit. */
  public static class Key implements Serializable {
    private Long plan;
    private Long unit;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(plan, key.plan)
          && Objects.equals(unit, key.unit);
    }

    @Override
    public int hashCode() {
      return Objects.hash(plan, unit);
    }
  }

  @Id
  @ManyToOne
  @JoinColumn(name = "plan_id")
  private PilotPlan plan;

  @Id
  @ManyToOne
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "baseline_clues", nullable = false)
  private int baselineClues;

  @Column(name = "baseline_cases", nullable = false)
  private int baselineCases;

  @Column(name = "baseline_recovered", nullable = false, precision = 16, scale = 2)
  private BigDecimal baselineRecovered;

  protected PilotUnit() {}

  PilotUnit(
      PilotPlan plan,
      Unit unit,
      int baselineClues,
      int baselineCases,
      BigDecimal baselineRecovered) {
    this.plan = plan;
    this.unit = unit;
    this.baselineClues = baselineClues;
    this.baselineCases = baselineCases;
    this.baselineRecovered = baselineRecovered;
  }

  public Unit getUnit() {
    return unit;
  }

  /** The baseline figures of the previous equal period. */
  public record Baseline(int clues, int cases, BigDecimal recovered) {}

  public Baseline baseline() {
    return new Baseline(baselineClues, baselineCases, baselineRecovered);
  }

  PilotUnitResponse toResponse() {
    return new PilotUnitResponse(
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        unit.getNameEn(),
        baselineClues,
        baselineCases,
        baselineRecovered);
  }
}
