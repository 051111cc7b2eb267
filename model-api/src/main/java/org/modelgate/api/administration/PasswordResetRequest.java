package org.modelgate.api.administration;

import jakarta.validation.constraints.Size;

/** A new password chosen by the administrator, or null to have one generated. */
public record PasswordResetRequest(@Size(min = 12, max = 128) String password) {}
