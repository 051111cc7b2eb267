package org.modelgate.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer declares a conflict of interest and does not review the model. */
public record AbstainRequest(@NotBlank @Size(max = 1000) String reason) {}
