package org.modelgate.web.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.web.ui.dashboard.ChartConfig.Series;

class ChartConfigTest {

  @Test
  void shouldWriteAStackedHorizontalBarChartForChartJs() {
    String json =
        ChartConfig.bar(
            List.of("宣州区院", "郎溪县院"),
            List.of(
                new Series("已应用", List.of(3L, 1L), "#1a7f37"),
                new Series("未应用", List.of(0L, 2L), "#d0d7de")),
            true,
            true);

    JsonObject config = Json.createReader(new StringReader(json)).readObject();
    assertThat(config.getString("type")).isEqualTo("bar");
    assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    assertThat(
            config
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("x")
                .getBoolean("stacked"))
        .isTrue();
    assertThat(
            config
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .toString())
        .isEqualTo("[0,2]");
  }

  @Test
  void shouldNotLetAUnitNameEndTheScriptItIsWrittenInto() {
    String json =
        ChartConfig.doughnut(
            List.of("</script><script>alert(1)</script>&"), List.of(1L), List.of("#a4262c"));

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    JsonObject config = Json.createReader(new StringReader(json)).readObject();
    assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("</script><script>alert(1)</script>&");
  }
}
