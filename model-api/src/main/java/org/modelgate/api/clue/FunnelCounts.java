package org.modelgate.api.clue;

import java.math.BigDecimal;

/**
 * The funnel of one unit or of all: how many clues reached each step, the three rates (null when
 * their denominator is zero) and the amount recovered.
 */
public record FunnelCounts(
    long clues,
    long verified,
    long valid,
    long casesFormed,
    long documentsIssued,
    long documentsAdopted,
    BigDecimal recoveredAmount,
    Double validRate,
    Double caseRate,
    Double adoptionRate) {}
