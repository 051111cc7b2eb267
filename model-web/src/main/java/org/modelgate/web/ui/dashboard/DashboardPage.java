package org.modelgate.web.ui.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.modelgate.api.adoption.LibraryEntryResponse;
import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.dashboard.CountResponse;
import org.modelgate.api.dashboard.DashboardResponse;
import org.modelgate.api.dashboard.DashboardService;
import org.modelgate.api.dashboard.UnitCoverageResponse;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.proposal.Stage;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;
import org.modelgate.web.ui.UserLocale;
import org.modelgate.web.ui.dashboard.ChartConfig.Series;

/**
 * The dashboard: the service's figures as key numbers, four charts (pipeline by stage, clue funnel,
 * business lines, adoption per unit) and the lists of what is due. The service decides the scope
 * (the city or the caller's unit); this page only draws it in the page's language.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The procuratorate's red first, then calm, distinguishable tones. */
  static final List<String> PALETTE =
      List.of(
          "#a4262c", "#0969da", "#1a7f37", "#bf8700", "#8250df", "#57606a", "#cf222e", "#1b7c83");

  private static final String ACCENT = "#a4262c";
  private static final String RUNNING = "#1a7f37";
  private static final String PENDING = "#d0d7de";

  @Inject DashboardService service;
  @Inject InboxService inbox;
  @Inject OrganisationService organisation;
  @Inject UserLocale userLocale;

  private DashboardResponse dashboard;
  private List<TaskResponse> overdueTasks;
  private Map<String, String> englishNames;

  /** Loads the figures when the page opens. */
  public void load() {
    dashboard = Feedback.load(service::dashboard).orElse(null);
    overdueTasks =
        Feedback.load(inbox::tasks).orElse(List.of()).stream()
            .filter(TaskResponse::overdue)
            .sorted(Comparator.comparing(TaskResponse::dueAt))
            .toList();
  }

  public DashboardResponse getDashboard() {
    return dashboard;
  }

  public List<TaskResponse> getOverdueTasks() {
    return overdueTasks;
  }

  public long getTotalModels() {
    return dashboard.modelsByStage().stream().mapToLong(CountResponse::count).sum();
  }

  /** Models in one of {@code stages}, e.g. those in a pilot. */
  public long modelsIn(String... stages) {
    List<String> wanted = List.of(stages);
    return dashboard.modelsByStage().stream()
        .filter(count -> wanted.contains(count.key()))
        .mapToLong(CountResponse::count)
        .sum();
  }

  public FunnelCounts getFunnel() {
    return dashboard.funnelTotals();
  }

  /** The models of the library with their coverage, widest first. */
  public List<LibraryEntryResponse> getCoverageByModel() {
    return dashboard.coverageByModel().stream()
        .sorted(
            Comparator.comparing(
                    (LibraryEntryResponse entry) ->
                        entry.coverage() == null ? -1.0 : entry.coverage())
                .reversed())
        .toList();
  }

  /** Models per stage in lifecycle order, every stage shown (empty ones as 0). */
  public String getPipelineChart() {
    Map<String, Long> counts = byKey(dashboard.modelsByStage());
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      labels.add(Texts.get("stage." + stage.name()));
      values.add(counts.getOrDefault(stage.name(), 0L));
    }
    return ChartConfig.bar(
        labels, List.of(new Series(Texts.get("dashboard.models"), values, ACCENT)), false, false);
  }

  /** The clue funnel, from hits to adopted documents, as horizontal bars. */
  public String getFunnelChart() {
    FunnelCounts funnel = dashboard.funnelTotals();
    List<String> labels =
        List.of(
            Texts.get("dashboard.funnel.clues"),
            Texts.get("dashboard.funnel.verified"),
            Texts.get("dashboard.funnel.valid"),
            Texts.get("dashboard.funnel.casesFormed"),
            Texts.get("dashboard.funnel.documentsIssued"),
            Texts.get("dashboard.funnel.documentsAdopted"));
    List<Long> values =
        List.of(
            funnel.clues(),
            funnel.verified(),
            funnel.valid(),
            funnel.casesFormed(),
            funnel.documentsIssued(),
            funnel.documentsAdopted());
    return ChartConfig.bar(
        labels, List.of(new Series(Texts.get("dashboard.clues"), values, "#0969da")), true, false);
  }

  /** Models per business line. */
  public String getBusinessLineChart() {
    Map<String, Long> counts = byKey(dashboard.modelsByBusinessLine());
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (BusinessLine line : BusinessLine.values()) {
      labels.add(Texts.get("dashboard.line." + line.name()));
      values.add(counts.getOrDefault(line.name(), 0L));
    }
    return ChartConfig.doughnut(labels, values, PALETTE.subList(0, labels.size()));
  }

  /** Adoption per unit: units running a listed model, and assigned ones not yet running. */
  public String getCoverageChart() {
    List<String> labels = new ArrayList<>();
    List<Long> running = new ArrayList<>();
    List<Long> pending = new ArrayList<>();
    for (UnitCoverageResponse unit : dashboard.coverageByUnit()) {
      labels.add(unitName(String.valueOf(unit.unitId()), unit.unitName()));
      running.add(unit.running());
      pending.add(Math.max(0, unit.assigned() - unit.running()));
    }
    return ChartConfig.bar(
        labels,
        List.of(
            new Series(Texts.get("dashboard.coverage.running"), running, RUNNING),
            new Series(Texts.get("dashboard.coverage.pending"), pending, PENDING)),
        false,
        true);
  }

  /** Models per owning unit, most first. */
  public String getUnitChart() {
    List<CountResponse> units =
        dashboard.modelsByUnit().stream()
            .sorted(Comparator.comparingLong(CountResponse::count).reversed())
            .toList();
    return ChartConfig.bar(
        units.stream().map(unit -> unitName(unit.key(), unit.label())).toList(),
        List.of(
            new Series(
                Texts.get("dashboard.models"),
                units.stream().map(CountResponse::count).toList(),
                "#8250df")),
        true,
        false);
  }

  /**
   * A unit's name in the page's language: the English name for English readers (the service names
   * units in Chinese); {@code key} is the unit's id or code.
   */
  private String unitName(String key, String chinese) {
    if (!userLocale.isEnglish()) {
      return chinese;
    }
    if (englishNames == null) {
      englishNames = new HashMap<>();
      for (UnitResponse unit : organisation.units()) {
        englishNames.put(String.valueOf(unit.id()), unit.nameEn());
        englishNames.put(unit.code(), unit.nameEn());
      }
    }
    return englishNames.getOrDefault(key, chinese);
  }

  public boolean isCoverageEmpty() {
    return dashboard.coverageByUnit().isEmpty();
  }

  private static Map<String, Long> byKey(List<CountResponse> counts) {
    return counts.stream()
        .collect(Collectors.toMap(CountResponse::key, CountResponse::count, Long::sum));
  }
}
