package org.modelgate.api.clue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A model's funnel per unit and in total (the total is the sum of the units). */
public record FunnelResponse(
    long modelId,
    LocalDate from,
    LocalDate to,
    FunnelCounts total,
    List<UnitFunnel> units,
    Map<InvalidReason, Long> invalidReasons) {}
