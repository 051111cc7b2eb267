package org.modelgate.api.clue;

import java.math.BigDecimal;

/**
 * A pilot unit's funnel against its baseline: uplift is the difference to the same unit's figures
 * in the previous equal period (null when the unit has no baseline).
 */
public record UnitFunnel(
    long unitId,
    String unitCode,
    String unitName,
    FunnelCounts counts,
    Long cluesUplift,
    Long casesUplift,
    BigDecimal recoveredUplift) {}
