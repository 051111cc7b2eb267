package org.modelgate.web.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.ModelAction;

/** A model's history in the reader's language: English readers get no Chinese but names. */
class HistoryLinesTest {

  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  static final Map<String, UnitResponse> UNITS =
      Map.of(
          "XZ",
          new UnitResponse(
              2, "XZ", "宣州区人民检察院", "Xuanzhou District", UnitKind.GRASSROOTS, 1L, false),
          "LX",
          new UnitResponse(3, "LX", "郎溪县人民检察院", "Langxi County", UnitKind.GRASSROOTS, 1L, false));

  static HistoryLines lines(Locale locale) {
    return new HistoryLines(
        locale,
        ResourceBundle.getBundle(
            "org.modelgate.web.ui.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
        UNITS);
  }

  static HistoryEntryResponse entry(
      String action,
      String outcome,
      String before,
      String after,
      String detail,
      String code,
      Map<String, Object> args) {
    return new HistoryEntryResponse(
        Instant.parse("2026-03-01T08:00:00Z"),
        "staff-xz",
        "王五",
        "宣州区人民检察院",
        "XZ",
        action,
        outcome,
        before,
        after,
        detail,
        code,
        args,
        "SupervisionModel",
        null);
  }

  @Test
  void shouldWordStagesOutcomesAndUnitsInTheReadersLanguage() {
    HistoryEntryResponse stage =
        entry("STAGE_CHANGED", "DONE", "DRAFT", "SCREENING", null, null, Map.of());
    HistoryEntryResponse ruling = entry("RULING", "DONE", null, "HOLD", "数据不足", null, Map.of());
    HistoryEntryResponse adoption =
        entry(
            "ADOPTION_REPORTED",
            "DONE",
            "ASSIGNED",
            "DATA_READY",
            null,
            "history.adoption-unit",
            Map.of("unit", "LX"));

    HistoryLines english = lines(Locale.ENGLISH);
    assertThat(english.change(stage)).isEqualTo("Draft → In screening");
    assertThat(english.change(ruling)).isEqualTo("Hold (use with caution)");
    assertThat(english.detail(ruling)).isEqualTo("数据不足");
    assertThat(english.change(adoption)).isEqualTo("Assigned → Data ready");
    assertThat(english.detail(adoption)).isEqualTo("Langxi County");
    assertThat(english.unit(stage)).isEqualTo("Xuanzhou District");

    HistoryLines chinese = lines(Locale.SIMPLIFIED_CHINESE);
    assertThat(chinese.change(stage)).isEqualTo("草稿 → 初审中");
    assertThat(chinese.detail(adoption)).isEqualTo("郎溪县人民检察院");
    assertThat(chinese.unit(stage)).isEqualTo("宣州区人民检察院");
  }

  @Test
  void shouldWordTheSystemsLinesFromTheirCodesAndKeepWhatPeopleWrote() {
    HistoryEntryResponse planned =
        entry(
            "PILOT_PLANNED",
            "DONE",
            null,
            null,
            null,
            "history.pilot-planned",
            Map.of("start", "2026-03-01", "end", "2026-08-31", "units", List.of("XZ", "LX")));
    HistoryEntryResponse attachment =
        entry(
            "ATTACHMENT_ADDED",
            "DONE",
            null,
            null,
            null,
            "history.attachment",
            Map.of("name", "模型说明.pdf", "bytes", 2048L));

    assertThat(lines(Locale.ENGLISH).detail(planned))
        .isEqualTo(
            "Pilot from 2026-03-01 to 2026-08-31; pilot units: Xuanzhou District, Langxi County");
    assertThat(lines(Locale.SIMPLIFIED_CHINESE).detail(planned))
        .isEqualTo("试点期 2026-03-01 至 2026-08-31；试点单位：宣州区人民检察院、郎溪县人民检察院");
    assertThat(lines(Locale.ENGLISH).detail(attachment)).isEqualTo("模型说明.pdf, 2048 bytes");
    HistoryEntryResponse claimed =
        entry(
            "TASK_CLAIMED",
            "DONE",
            null,
            "staff-xz",
            null,
            "history.task",
            Map.of("task", "Task_ScreenProposal"));
    assertThat(lines(Locale.ENGLISH).detail(claimed)).isEqualTo("Screen the proposal");
    assertThat(lines(Locale.SIMPLIFIED_CHINESE).detail(claimed)).isEqualTo("初审");
  }

  @Test
  void shouldWordARefusalFromTheProblemsBundle() {
    HistoryEntryResponse denied =
        entry(
            "ACCESS_DENIED",
            "DENIED",
            null,
            null,
            null,
            "access.creators-only",
            Map.of("id", 42L, "action", ModelAction.WITHDRAW));

    HistoryLines english = lines(Locale.ENGLISH);
    assertThat(english.change(denied)).isEqualTo("Refused");
    assertThat(english.detail(denied))
        .isEqualTo("Only the creators of supervision model 42 may withdraw");
    assertThat(lines(Locale.SIMPLIFIED_CHINESE).detail(denied)).isEqualTo("只有监督模型 42 的建模人可以撤回");
  }

  @Test
  void shouldShowNoChineseToEnglishReadersForAnyLineTheServicesWrite() {
    ResourceBundle english =
        ResourceBundle.getBundle(
            "org.modelgate.web.ui.messages",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, Object> args =
        Map.ofEntries(
            Map.entry("name", "a.pdf"),
            Map.entry("bytes", 1L),
            Map.entry("id", 7L),
            Map.entry("version", 2),
            Map.entry("forum", "Forum"),
            Map.entry("forumId", 5L),
            Map.entry("reviewers", List.of("r1", "r2")),
            Map.entry("title", "T"),
            Map.entry("place", "P"),
            Map.entry("sla", "P30D"),
            Map.entry("start", "2026-03-01"),
            Map.entry("end", "2026-08-31"),
            Map.entry("units", List.of("XZ")),
            Map.entry("unit", "LX"),
            Map.entry("necessity", 4),
            Map.entry("feasibility", 3),
            Map.entry("clueAccuracy", 5),
            Map.entry("promotionValue", 4),
            Map.entry("task", "Task_ScreenProposal"),
            Map.entry("stage", Stage.ON_HOLD),
            Map.entry("absent", "leader2"),
            Map.entry("substitute", "leader"),
            Map.entry("from", "2026-03-01"),
            Map.entry("to", "2026-03-05"));
    for (String key : english.keySet()) {
      if (key.startsWith("history.") && key.equals(key.toLowerCase(Locale.ROOT))) {
        String line = lines(Locale.ENGLISH).detail(entry("X", "DONE", null, null, null, key, args));
        assertThat(HAN.matcher(line).find()).as("%s: %s", key, line).isFalse();
        assertThat(line).as(key).doesNotContain("{");
      }
    }
  }
}
