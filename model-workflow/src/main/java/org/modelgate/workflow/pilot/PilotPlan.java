package org.modelgate.workflow.pilot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/** A pilot plan: pilot units with their baselines, the window and the target thresholds. */
@Entity
@Table(name = "mg_pilot_plan")
public class PilotPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_pilot_plan")
  @SequenceGenerator(name = "mg_pilot_plan", sequenceName = "mg_pilot_plan_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "min_valid_rate", nullable = false, precision = 5, scale = 4)
  private BigDecimal minValidRate;

  @Column(name = "min_cases_formed", nullable = false)
  private int minCasesFormed;

  @Column(name = "min_clues_for_judgement", nullable = false)
  private int minCluesForJudgement;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  private List<PilotUnit> units = new ArrayList<>();

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PilotPlan() {}

  PilotPlan(
      SupervisionModel model,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal minValidRate,
      int minCasesFormed,
      int minCluesForJudgement,
      UserAccount createdBy,
      Instant createdAt) {
    this.model = model;
    this.startDate = startDate;
    this.endDate = endDate;
    this.minValidRate = minValidRate;
    this.minCasesFormed = minCasesFormed;
    this.minCluesForJudgement = minCluesForJudgement;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void addUnit(PilotUnit unit) {
    units.add(unit);
  }

  public List<PilotUnit> getUnits() {
    return List.copyOf(units);
  }

  /** An extension moves the end of the pilot; the rest of the plan stays. */
  public void extendTo(LocalDate newEndDate) {
    this.endDate = newEndDate;
  }

  /**
   * How far before the pilot's start a clue may have been discovered and still count: the pilot
   * evaluates the model's hits on recent cases, not on archives.
   */
  public static final Period CLUE_LOOK_BACK = Period.ofDays(365);

  /** The first day a clue of this pilot may have been discovered on. */
  public LocalDate earliestClueDate() {
    return startDate.minus(CLUE_LOOK_BACK);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public BigDecimal getMinValidRate() {
    return minValidRate;
  }

  public int getMinCasesFormed() {
    return minCasesFormed;
  }

  public int getMinCluesForJudgement() {
    return minCluesForJudgement;
  }

  PilotPlanResponse toResponse() {
    return new PilotPlanResponse(
        id,
        model.getId(),
        startDate,
        endDate,
        minValidRate,
        minCasesFormed,
        minCluesForJudgement,
        units.stream()
            .map(PilotUnit::toResponse)
            .sorted(Comparator.comparing(unit -> unit.unitCode()))
            .toList(),
        createdBy.toRef(),
        createdAt);
  }
}
