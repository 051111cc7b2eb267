package org.modelgate.api.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An absence to record: who stands in, and the days away (Asia/Shanghai, both ends included).
 *
 * @param substituteId the user who acts for the absent person meanwhile: active, holding the absent
 *     person's leader and staff roles, and for staff within the same scope (the same unit, or the
 *     digital office)
 * @param from the first day away, today or later
 * @param to the last day away, not before {@code from} and at most a year after it
 * @param reason why, for the record (optional)
 */
public record AbsenceRequest(
    @NotNull @Positive Long substituteId,
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @Size(max = 500) String reason) {}
