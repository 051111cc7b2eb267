package org.modelgate.api.pilot;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A pilot unit and its baseline: the same unit's results for this kind of case in the previous
 * period of equal length.
 */
public record PilotUnitRequest(
    @NotNull @Positive Long unitId,
    @NotNull @PositiveOrZero Integer baselineClues,
    @NotNull @PositiveOrZero Integer baselineCases,
    @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal baselineRecovered) {}
