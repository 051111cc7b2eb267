package org.modelgate.workflow.clue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelCounts;

/**
 * Turns clue counts per status into a funnel: a clue counts at every step it has passed (a case
 * formed was also verified and valid). Rates are null when their denominator is zero.
 */
public final class Funnels {

  private static final Set<ClueStatus> VERIFIED = EnumSet.complementOf(EnumSet.of(ClueStatus.NEW));
  private static final Set<ClueStatus> VALID =
      EnumSet.of(
          ClueStatus.VERIFIED_VALID,
          ClueStatus.CASE_FORMED,
          ClueStatus.DOCUMENT_ISSUED,
          ClueStatus.ADOPTED);
  private static final Set<ClueStatus> CASES =
      EnumSet.of(ClueStatus.CASE_FORMED, ClueStatus.DOCUMENT_ISSUED, ClueStatus.ADOPTED);
  private static final Set<ClueStatus> DOCUMENTS =
      EnumSet.of(ClueStatus.DOCUMENT_ISSUED, ClueStatus.ADOPTED);

  private Funnels() {}

  public static FunnelCounts of(Map<ClueStatus, Long> byStatus, BigDecimal recovered) {
    long clues = sum(byStatus, EnumSet.allOf(ClueStatus.class));
    long verified = sum(byStatus, VERIFIED);
    long valid = sum(byStatus, VALID);
    long cases = sum(byStatus, CASES);
    long documents = sum(byStatus, DOCUMENTS);
    long adopted = byStatus.getOrDefault(ClueStatus.ADOPTED, 0L);
    return new FunnelCounts(
        clues,
        verified,
        valid,
        cases,
        documents,
        adopted,
        recovered == null
            ? BigDecimal.ZERO.setScale(2)
            : recovered.setScale(2, RoundingMode.UNNECESSARY),
        rate(valid, verified),
        rate(cases, valid),
        rate(adopted, documents));
  }

  /** Adds funnels step by step (the total of the units). */
  public static FunnelCounts add(FunnelCounts a, FunnelCounts b) {
    long verified = a.verified() + b.verified();
    long valid = a.valid() + b.valid();
    long documents = a.documentsIssued() + b.documentsIssued();
    long adopted = a.documentsAdopted() + b.documentsAdopted();
    long cases = a.casesFormed() + b.casesFormed();
    return new FunnelCounts(
        a.clues() + b.clues(),
        verified,
        valid,
        cases,
        documents,
        adopted,
        a.recoveredAmount().add(b.recoveredAmount()),
        rate(valid, verified),
        rate(cases, valid),
        rate(adopted, documents));
  }

  public static FunnelCounts empty() {
    return of(Map.of(), BigDecimal.ZERO);
  }

  private static long sum(Map<ClueStatus, Long> byStatus, Set<ClueStatus> statuses) {
    return statuses.stream().mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
  }

  private static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }
}
