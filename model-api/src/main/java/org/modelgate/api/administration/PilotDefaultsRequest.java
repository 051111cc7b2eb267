package org.modelgate.api.administration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The default pilot thresholds that new pilot plans start from (the same rules as a plan's). */
public record PilotDefaultsRequest(
    @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        BigDecimal minValidRate,
    @NotNull @PositiveOrZero @Max(100000) Integer minCasesFormed,
    @NotNull @Positive @Max(100000) Integer minCluesForJudgement) {}
