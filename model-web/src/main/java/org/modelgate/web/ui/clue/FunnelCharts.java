package org.modelgate.web.ui.clue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.modelgate.api.clue.FunnelCounts;

/**
 * Chart.js configurations (the JSON that PrimeFaces' {@code p:chart} takes) for a model's funnel,
 * built with JSON-P so that labels are escaped as JSON. Colours follow the funnel from the first
 * step (grey-blue) to the last (the procuratorate's red).
 */
final class FunnelCharts {

  /** The funnel's steps in order, with how to read each from the counts. */
  record Step(String key, ToLongFunction<FunnelCounts> count, String colour) {}

  static final List<Step> STEPS =
      List.of(
          new Step("clues", FunnelCounts::clues, "#8c959f"),
          new Step("verified", FunnelCounts::verified, "#54aeff"),
          new Step("valid", FunnelCounts::valid, "#2da44e"),
          new Step("casesFormed", FunnelCounts::casesFormed, "#bf8700"),
          new Step("documentsIssued", FunnelCounts::documentsIssued, "#8250df"),
          new Step("documentsAdopted", FunnelCounts::documentsAdopted, "#a4262c"));

  private FunnelCharts() {}

  /** One series of bars per step, grouped by unit. */
  static String byUnit(
      String title, List<String> units, List<FunnelCounts> counts, List<String> stepLabels) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int s = 0; s < STEPS.size(); s++) {
      Step step = STEPS.get(s);
      JsonArrayBuilder data = Json.createArrayBuilder();
      counts.forEach(c -> data.add(step.count().applyAsLong(c)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", stepLabels.get(s))
              .add("data", data)
              .add("backgroundColor", step.colour()));
    }
    return chart("bar", title, strings(units), datasets, false).toString();
  }

  /** The total funnel as horizontal bars, one per step. */
  static String bySteps(String title, FunnelCounts total, List<String> stepLabels) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (Step step : STEPS) {
      data.add(step.count().applyAsLong(total));
      colours.add(step.colour());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", title)
                    .add("data", data)
                    .add("backgroundColor", colours));
    return chart("bar", title, strings(stepLabels), datasets, true).toString();
  }

  /** Lines over periods: clues found in each period and how many of them proved valid. */
  static String overTime(
      String title, List<String> periods, List<FunnelCounts> counts, List<String> stepLabels) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int s : new int[] {0, 2, 3}) {
      Step step = STEPS.get(s);
      JsonArrayBuilder data = Json.createArrayBuilder();
      counts.forEach(c -> data.add(step.count().applyAsLong(c)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", stepLabels.get(s))
              .add("data", data)
              .add("borderColor", step.colour())
              .add("backgroundColor", step.colour())
              .add("tension", 0.25)
              .add("fill", false));
    }
    return chart("line", title, strings(periods), datasets, false).toString();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static JsonObject chart(
      String type,
      String title,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean horizontal) {
    JsonObjectBuilder countAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("display", !horizontal)
                            .add("position", "bottom"))
                    .add(
                        "title",
                        Json.createObjectBuilder()
                            .add("display", true)
                            .add("text", title)
                            .add("font", Json.createObjectBuilder().add("size", 14))))
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", countAxis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build();
  }
}
