package org.modelgate.api.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the creator withdraws the model. */
public record WithdrawRequest(@NotBlank @Size(max = 1000) String reason) {}
