package org.modelgate.api.decision;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A condition of a conditional go: what, who closes it, by when. */
public record ConditionRequest(
    @NotBlank @Size(max = 2000) String text,
    @NotNull @Positive Long ownerId,
    @NotNull @FutureOrPresent LocalDate dueDate) {}
