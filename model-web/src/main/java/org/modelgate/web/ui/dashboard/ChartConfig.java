package org.modelgate.web.ui.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations as JSON for {@code <p:chart value="…">}, built with JSON-P. The JSON is
 * written into a script block, so {@code <}, {@code >} and {@code &} (only possible inside strings,
 * e.g. a unit's name) are written as Unicode escapes and cannot end the script.
 */
final class ChartConfig {

  /** One series of a bar chart. */
  record Series(String label, List<? extends Number> values, String color) {}

  private ChartConfig() {}

  /** A bar chart; horizontal bars when {@code horizontal}, stacked series when {@code stacked}. */
  static String bar(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series one : series) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", one.label())
              .add("data", numbers(one.values()))
              .add("backgroundColor", one.color())
              .add("borderRadius", 4)
              .add("maxBarThickness", 48));
    }
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("stacked", stacked)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder categoryAxis =
        Json.createObjectBuilder()
            .add("stacked", stacked)
            .add("grid", Json.createObjectBuilder().add("display", false));
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
                            .add("display", series.size() > 1)
                            .add("position", "bottom")))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(horizontal ? "x" : "y", valueAxis)
                    .add(horizontal ? "y" : "x", categoryAxis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return write(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  /** A doughnut of shares, e.g. models per business line. */
  static String doughnut(List<String> labels, List<? extends Number> values, List<String> colors) {
    return write(
        Json.createObjectBuilder()
            .add("type", "doughnut")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", strings(labels))
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("data", numbers(values))
                                    .add("backgroundColor", strings(colors)))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add("cutout", "55%")
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add(
                                "legend",
                                Json.createObjectBuilder()
                                    .add("position", "bottom")
                                    .add(
                                        "labels", Json.createObjectBuilder().add("boxWidth", 12)))))
            .build());
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(value -> array.add(value.longValue()));
    return array;
  }

  static String write(JsonObject config) {
    return config
        .toString()
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
