package org.modelgate.api.organisation;

import java.math.BigDecimal;

/**
 * The thresholds a new pilot plan starts from; the plan may change them.
 *
 * @param minValidRate valid / verified clues a model must reach, 0–1
 * @param minCasesFormed cases the pilot must form in all
 * @param minCluesForJudgement verified clues before the valid rate is judged
 */
public record PilotDefaultsResponse(
    BigDecimal minValidRate, int minCasesFormed, int minCluesForJudgement) {}
