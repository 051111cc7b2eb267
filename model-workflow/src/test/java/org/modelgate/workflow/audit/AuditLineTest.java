package org.modelgate.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.ModelAction;

/** The system's line of an audit entry: stored as a code with arguments, hashed, read back. */
class AuditLineTest {

  static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void shouldReadTheArgumentsBackAsTheyWereGivenEnumsIncluded() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("id", 42L);
    args.put("stage", Stage.ON_HOLD);
    args.put("action", ModelAction.WITHDRAW);
    args.put("units", List.of("XC", "XZ"));
    args.put("statuses", List.of(AdoptionStatus.RUNNING));
    args.put("start", LocalDate.of(2026, 3, 1));
    args.put("rate", 0.25);
    args.put("title", "{\"enum\":\"Stage\"}");
    args.put("none", null);

    Map<String, Object> read = AuditArgs.decode(AuditArgs.encode(args));

    Map<String, Object> expected = new LinkedHashMap<>(args);
    expected.put("start", "2026-03-01");
    assertThat(read).containsExactlyEntriesOf(expected);
    assertThat(AuditArgs.encode(Map.of())).isNull();
    assertThat(AuditArgs.decode(null)).isEmpty();
  }

  @Test
  void shouldHashAnEntryWithoutALineAsBeforeAndCoverTheLineWhereThereIsOne() {
    AuditRecord plain = AuditRecord.onModel("creator", "SUBMIT", 42, null, null, null);
    AuditEntry old = new AuditEntry(7, AT, "DONE", plain, AuditChain.GENESIS);
    assertThat(old.hashedFields()).hasSize(12);

    AuditEntry small =
        new AuditEntry(
            7,
            AT,
            "DONE",
            plain.saying("history.attachment", "name", "a.pdf", "bytes", 10),
            AuditChain.GENESIS);
    AuditEntry large =
        new AuditEntry(
            7,
            AT,
            "DONE",
            plain.saying("history.attachment", "name", "a.pdf", "bytes", 11),
            AuditChain.GENESIS);
    assertThat(small.hashedFields()).hasSize(14);
    assertThat(small.hash()).isNotEqualTo(large.hash()).isNotEqualTo(old.hash());
  }

  @Test
  void shouldShowTheLineAsCodeAndArgumentsAndOnlyPeoplesTextAsDetail() {
    AuditEntry entry =
        new AuditEntry(
            8,
            AT,
            "DONE",
            AuditRecord.onModel("office", "AGENDA_ADDED", 42, null, "5", null)
                .saying("history.agenda-added", "forumId", 5L, "reviewers", List.of("r1")),
            AuditChain.GENESIS);

    HistoryEntryResponse shown = entry.toHistory("Office", "Office unit", "XC", null);

    assertThat(shown.code()).isEqualTo("history.agenda-added");
    assertThat(shown.args()).containsEntry("forumId", 5L).containsEntry("reviewers", List.of("r1"));
    assertThat(shown.detail()).isNull();
    assertThat(shown.actorUnitCode()).isEqualTo("XC");
  }

  @Test
  void shouldLeaveOutTheSystemsOldWordsWhereTheyOnlyRepeatTheActionOrTheOutcome() {
    assertThat(LegacyLines.detail("SUBMIT", null, "提交立项")).isNull();
    assertThat(LegacyLines.detail("STAGE_CHANGED", "SCREENING", "初审中")).isNull();
    assertThat(LegacyLines.detail("SCREEN", "RETURN", "退回修改：请补充数据来源")).isEqualTo("请补充数据来源");
    assertThat(LegacyLines.detail("RULING", "GO", "通过，进入试点")).isNull();
    assertThat(LegacyLines.detail("PILOT_DECISION", "HOLD", "审慎使用（暂缓）：有效率不足")).isEqualTo("有效率不足");
    assertThat(LegacyLines.detail("COMMENT", null, "请说明数据更新频率")).isEqualTo("请说明数据更新频率");
    assertThat(LegacyLines.detail("SCREEN", "NOPE", "退回修改：x")).isEqualTo("退回修改：x");
  }
}
