package org.modelgate.web.ui.clue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.clue.UnitFunnel;
import org.modelgate.api.failure.ModelGateException;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.web.ui.Texts;
import org.modelgate.web.ui.UserLocale;

/**
 * The funnel of a model for {@code WEB-INF/includes/model-funnel.xhtml}: totals, units against
 * their baseline, and charts by unit, by step and over the pilot's weeks or months. The periods are
 * the service's own funnel for each span of finding dates; at most {@value #MAX_PERIODS}.
 */
@Named
@ViewScoped
public class ModelFunnel implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_PERIODS = 12;

  @Inject ClueService clues;
  @Inject PilotService pilots;
  @Inject OrganisationService organisation;
  @Inject UserLocale userLocale;

  private final Map<Long, FunnelView> views = new HashMap<>();

  /** The model's funnel view, read once per page view; null if the user may not see it. */
  public FunnelView of(long modelId) {
    return views.computeIfAbsent(modelId, this::read);
  }

  /** Forgets what was read, after a clue moved or a file was imported. */
  public void reset() {
    views.clear();
  }

  private FunnelView read(long modelId) {
    FunnelResponse funnel;
    PilotPlanResponse plan;
    try {
      funnel = clues.funnel(modelId, null, null, null);
      plan = pilots.currentPlan(modelId).orElse(null);
    } catch (ModelGateException e) {
      return null;
    }
    List<String> stepKeys = FunnelCharts.STEPS.stream().map(FunnelCharts.Step::key).toList();
    List<String> stepLabels = stepKeys.stream().map(k -> Texts.get("funnel." + k)).toList();
    Map<Long, String> english = new HashMap<>();
    if (userLocale.isEnglish()) {
      for (UnitResponse unit : organisation.units()) {
        english.put(unit.id(), unit.nameEn());
      }
    }
    List<String> unitNames = new ArrayList<>();
    List<FunnelCounts> unitCounts = new ArrayList<>();
    for (UnitFunnel unit : funnel.units()) {
      unitNames.add(english.getOrDefault(unit.unitId(), unit.unitName()));
      unitCounts.add(unit.counts());
    }
    String byUnit =
        FunnelCharts.byUnit(Texts.get("funnel.chartByUnit"), unitNames, unitCounts, stepLabels);
    String bySteps =
        FunnelCharts.bySteps(Texts.get("funnel.chartBySteps"), funnel.total(), stepLabels);
    String overTime = plan == null ? null : overTime(modelId, plan, stepLabels);
    return new FunnelView(funnel, plan, byUnit, bySteps, overTime, stepKeys);
  }

  /** Weeks of the pilot window so far (months for a long pilot), each the service's funnel. */
  private String overTime(long modelId, PilotPlanResponse plan, List<String> stepLabels) {
    LocalDate start = plan.startDate();
    LocalDate end = LocalDate.now().isBefore(plan.endDate()) ? LocalDate.now() : plan.endDate();
    if (end.isBefore(start)) {
      return null;
    }
    boolean weeks = ChronoUnit.WEEKS.between(start, end) < MAX_PERIODS;
    DateTimeFormatter label = DateTimeFormatter.ofPattern(weeks ? "MM-dd" : "yyyy-MM");
    List<String> periods = new ArrayList<>();
    List<FunnelCounts> counts = new ArrayList<>();
    LocalDate from = start;
    while (!from.isAfter(end) && periods.size() < MAX_PERIODS) {
      LocalDate next = weeks ? from.plusWeeks(1) : from.plusMonths(1);
      periods.add(label.format(from));
      counts.add(clues.funnel(modelId, null, from, next.minusDays(1)).total());
      from = next;
    }
    return FunnelCharts.overTime(Texts.get("funnel.chartOverTime"), periods, counts, stepLabels);
  }
}
