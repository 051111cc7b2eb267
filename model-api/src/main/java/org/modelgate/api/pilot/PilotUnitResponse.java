package org.modelgate.api.pilot;

import java.math.BigDecimal;

/** A pilot unit and its baseline. */
public record PilotUnitResponse(
    long unitId,
    String unitCode,
    String unitName,
    String unitNameEn,
    int baselineClues,
    int baselineCases,
    BigDecimal baselineRecovered) {}
