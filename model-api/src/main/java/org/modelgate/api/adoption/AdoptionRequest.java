package org.modelgate.api.adoption;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit reports its next adoption step; NOT_APPLICABLE needs a reason. */
public record AdoptionRequest(@NotNull AdoptionStatus status, @Size(max = 1000) String reason) {}
