package org.modelgate.web.ui.pilot;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.PilotDefaultsResponse;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.pilot.PilotPlanRequest;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.pilot.PilotUnitRequest;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;

/**
 * The pilot plan of a model that passed its forum: pilot units with their baseline, the window and
 * the target thresholds. While conditions of a conditional go are open the plan is refused; the
 * page lists them and lets each condition's owner close theirs.
 */
@Named
@ViewScoped
public class PilotPlanPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject PilotService pilots;
  @Inject DecisionService decisions;
  @Inject OrganisationService organisation;

  private long modelId;
  private SupervisionModelResponse model;
  private PilotPlanResponse plan;
  private List<ConditionResponse> conditions;
  private List<UnitRow> units;

  private LocalDate startDate = LocalDate.now();
  private LocalDate endDate = LocalDate.now().plusMonths(3);
  private BigDecimal minValidRatePercent = new BigDecimal("60");
  private Integer minCasesFormed = 1;
  private Integer minCluesForJudgement = 20;

  /**
   * One candidate pilot unit: chosen or not, with the same unit's figures of the previous period.
   */
  public static final class UnitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long unitId;
    private final String code;
    private final String name;
    private final String nameEn;
    private boolean chosen;
    private Integer baselineClues = 0;
    private Integer baselineCases = 0;
    private BigDecimal baselineRecovered = BigDecimal.ZERO;

    UnitRow(UnitResponse unit) {
      this.unitId = unit.id();
      this.code = unit.code();
      this.name = unit.name();
      this.nameEn = unit.nameEn();
    }

    public long getUnitId() {
      return unitId;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getNameEn() {
      return nameEn;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }

    public Integer getBaselineClues() {
      return baselineClues;
    }

    public void setBaselineClues(Integer baselineClues) {
      this.baselineClues = baselineClues;
    }

    public Integer getBaselineCases() {
      return baselineCases;
    }

    public void setBaselineCases(Integer baselineCases) {
      this.baselineCases = baselineCases;
    }

    public BigDecimal getBaselineRecovered() {
      return baselineRecovered;
    }

    public void setBaselineRecovered(BigDecimal baselineRecovered) {
      this.baselineRecovered = baselineRecovered;
    }
  }

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
    if (model == null) {
      return;
    }
    plan = pilots.currentPlan(modelId).orElse(null);
    conditions = null;
    if (units == null) {
      // The form starts from the default thresholds an administrator set (reference data).
      PilotDefaultsResponse defaults = organisation.pilotDefaults();
      minValidRatePercent =
          defaults.minValidRate().multiply(new BigDecimal("100")).stripTrailingZeros();
      if (minValidRatePercent.scale() < 0) {
        minValidRatePercent = minValidRatePercent.setScale(0);
      }
      minCasesFormed = defaults.minCasesFormed();
      minCluesForJudgement = defaults.minCluesForJudgement();
      units = new ArrayList<>();
      for (UnitResponse unit : organisation.units()) {
        if (unit.kind() == UnitKind.GRASSROOTS) {
          units.add(new UnitRow(unit));
        }
      }
    }
  }

  /** The conditions of the model's conditional go, open ones first. */
  public List<ConditionResponse> getConditions() {
    if (conditions == null) {
      conditions =
          decisions.decisions(modelId).stream()
              .flatMap(decision -> decision.conditions().stream())
              .sorted((a, b) -> Boolean.compare(a.closedAt() != null, b.closedAt() != null))
              .toList();
    }
    return conditions;
  }

  public long getOpenConditions() {
    return getConditions().stream().filter(c -> c.closedAt() == null).count();
  }

  /** Whether the page offers the form: the model waits for its plan. */
  public boolean isPlanning() {
    return model != null && model.stage() == Stage.PILOT_PLANNING;
  }

  /** Whether the user closes this condition: one they own, while CLOSE_CONDITION is allowed. */
  public boolean mayClose(ConditionResponse condition, String username) {
    return can("CLOSE_CONDITION")
        && condition.closedAt() == null
        && Objects.equals(condition.owner().username(), username);
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  public void close(ConditionResponse condition) {
    Feedback.run(
        () -> pilots.closeCondition(modelId, condition.id()),
        "pilot.conditionClosed",
        condition.text());
    conditions = null;
    model = proposals.find(modelId);
  }

  /** Checks the plan the way the service will (nothing saved), before the confirmation is asked. */
  public void check() {
    Feedback.rehearse(() -> pilots.plan(modelId, request()));
  }

  public String plan() {
    var done = Feedback.call(() -> pilots.plan(modelId, request()), "pilot.planned", model.title());
    if (done.isEmpty()) {
      return null;
    }
    Feedback.nextStep(modelId);
    return "/clues?faces-redirect=true&model=" + modelId;
  }

  private PilotPlanRequest request() {
    List<PilotUnitRequest> chosen =
        units.stream()
            .filter(UnitRow::isChosen)
            .map(
                row ->
                    new PilotUnitRequest(
                        row.getUnitId(),
                        row.getBaselineClues(),
                        row.getBaselineCases(),
                        row.getBaselineRecovered()))
            .toList();
    BigDecimal rate =
        minValidRatePercent == null
            ? null
            : minValidRatePercent.divide(new BigDecimal("100"), 4, RoundingMode.HALF_UP);
    return new PilotPlanRequest(
        startDate, endDate, rate, minCasesFormed, minCluesForJudgement, chosen);
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

  public PilotPlanResponse getPlan() {
    return plan;
  }

  public List<UnitRow> getUnits() {
    return units;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public BigDecimal getMinValidRatePercent() {
    return minValidRatePercent;
  }

  public void setMinValidRatePercent(BigDecimal minValidRatePercent) {
    this.minValidRatePercent = minValidRatePercent;
  }

  public Integer getMinCasesFormed() {
    return minCasesFormed;
  }

  public void setMinCasesFormed(Integer minCasesFormed) {
    this.minCasesFormed = minCasesFormed;
  }

  public Integer getMinCluesForJudgement() {
    return minCluesForJudgement;
  }

  public void setMinCluesForJudgement(Integer minCluesForJudgement) {
    this.minCluesForJudgement = minCluesForJudgement;
  }
}
