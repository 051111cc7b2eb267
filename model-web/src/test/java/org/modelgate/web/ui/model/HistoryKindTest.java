package org.modelgate.web.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.api.proposal.HistoryEntryResponse;

class HistoryKindTest {

  private static HistoryEntryResponse entry(
      int second, String action, String outcome, String entityType) {
    return new HistoryEntryResponse(
        Instant.ofEpochSecond(second),
        "u",
        "U",
        null,
        null,
        action,
        outcome,
        null,
        null,
        null,
        null,
        null,
        entityType,
        null);
  }

  @Test
  void shouldNameTheKindOfAnEntry() {
    assertThat(HistoryKind.of(entry(1, "STAGE_CHANGED", "DONE", "SupervisionModel")))
        .isEqualTo(HistoryKind.STAGE);
    assertThat(HistoryKind.of(entry(1, "CLUE_CHANGED", "DONE", "Clue")))
        .isEqualTo(HistoryKind.CLUE);
    assertThat(HistoryKind.of(entry(1, "RULING", "DENIED", "SupervisionModel")))
        .isEqualTo(HistoryKind.REFUSAL);
    assertThat(HistoryKind.of(entry(1, "SCREEN", "DONE", "SupervisionModel")))
        .isEqualTo(HistoryKind.DECISION);
    assertThat(HistoryKind.of(entry(1, "SOMETHING_NEW", "DONE", "SupervisionModel")))
        .isEqualTo(HistoryKind.OTHER);
  }

  @Test
  void shouldListNewestFirstOrOldestFirstAndFilterByKind() {
    var first = entry(1, "SUBMIT", "DONE", "SupervisionModel");
    var second = entry(2, "STAGE_CHANGED", "DONE", "SupervisionModel");
    var third = entry(3, "COMMENT", "DONE", "SupervisionModel");
    var all = List.of(first, second, third);

    assertThat(HistoryKind.select(all, null, true)).containsExactly(third, second, first);
    assertThat(HistoryKind.select(all, null, false)).containsExactly(first, second, third);
    assertThat(HistoryKind.select(all, HistoryKind.STAGE, true)).containsExactly(second);
  }
}
