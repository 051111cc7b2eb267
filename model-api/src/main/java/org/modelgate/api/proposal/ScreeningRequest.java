package org.modelgate.api.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A screening decision; a comment is required when returning or rejecting. */
public record ScreeningRequest(
    @NotNull ScreeningOutcome outcome, @Size(max = 4000) String comment) {}
