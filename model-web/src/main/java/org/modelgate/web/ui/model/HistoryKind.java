package org.modelgate.web.ui.model;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.modelgate.api.proposal.HistoryEntryResponse;

/**
 * The kinds the history tab filters by. An entry's kind follows from its action code and what it is
 * about, so a new action code falls under {@link #OTHER} until it is named here.
 */
public enum HistoryKind {
  STAGE,
  DECISION,
  REVIEW,
  CLUE,
  COMMENT,
  REFUSAL,
  OTHER;

  private static final Set<String> DECISIONS =
      Set.of(
          "SCREEN",
          "RULING",
          "PILOT_DECISION",
          "AUTOMATIC_HOLD",
          "PILOT_PLANNED",
          "CONDITION_CLOSED",
          "PILOT_ENDED_EARLY",
          "RETIRED",
          "WITHDRAW",
          "SUBMIT",
          "RESUBMIT");

  private static final Set<String> REVIEWS =
      Set.of("REVIEW_SUBMITTED", "REVIEW_ABSTAINED", "AGENDA_ADDED", "AGENDA_REMOVED");

  /** The kind of one entry; a refusal is a refusal whatever was refused. */
  public static HistoryKind of(HistoryEntryResponse entry) {
    if ("DENIED".equals(entry.outcome())) {
      return REFUSAL;
    }
    if ("STAGE_CHANGED".equals(entry.action())) {
      return STAGE;
    }
    if ("Clue".equals(entry.entityType()) || entry.action().startsWith("CLUE")) {
      return CLUE;
    }
    if ("COMMENT".equals(entry.action())) {
      return COMMENT;
    }
    if (DECISIONS.contains(entry.action())) {
      return DECISION;
    }
    if (REVIEWS.contains(entry.action())) {
      return REVIEW;
    }
    return OTHER;
  }

  /**
   * The entries of one kind ({@code null} for all), newest or oldest first. Entries arrive in the
   * order written; equal times keep that order.
   */
  public static List<HistoryEntryResponse> select(
      List<HistoryEntryResponse> entries, HistoryKind kind, boolean newestFirst) {
    Comparator<HistoryEntryResponse> byTime = Comparator.comparing(HistoryEntryResponse::at);
    List<HistoryEntryResponse> chosen =
        entries.stream().filter(e -> kind == null || of(e) == kind).sorted(byTime).toList();
    return newestFirst ? chosen.reversed() : chosen;
  }
}
