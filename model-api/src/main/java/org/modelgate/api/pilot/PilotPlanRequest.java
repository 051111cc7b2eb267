package org.modelgate.api.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pilot plan, registered before the pilot starts (DESIGN §4).
 *
 * @param minValidRate the valid rate (valid / verified) a model must reach, 0–1
 * @param minCasesFormed the cases the pilot must form in all
 * @param minCluesForJudgement verified clues needed before the valid rate is judged (the automatic
 *     hold rule's N)
 */
public record PilotPlanRequest(
    @NotNull @FutureOrPresent LocalDate startDate,
    @NotNull LocalDate endDate,
    @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        BigDecimal minValidRate,
    @NotNull @PositiveOrZero Integer minCasesFormed,
    @NotNull @Positive Integer minCluesForJudgement,
    @NotEmpty @Size(max = 20) List<@NotNull @Valid PilotUnitRequest> units) {}
