package org.modelgate.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user's own password change: the current password proves who asks; the new one has at least 12
 * characters and is none of the user's last five.
 */
public record PasswordChangeRequest(
    @NotBlank @Size(max = 128) String currentPassword,
    @NotNull @Size(min = 12, max = 128) String newPassword) {}
