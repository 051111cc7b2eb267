package org.modelgate.api.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.modelgate.api.security.Role;

/**
 * A new account. Without {@code password} the system generates one; without {@code expiresOn} the
 * account does not expire (accounts of the invited-experts unit must expire). {@code email}, if
 * given, receives the notices by e-mail when an SMTP server is configured.
 */
public record CreateUserRequest(
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull Long unitId,
    @NotEmpty Set<@NotNull Role> roles,
    @Size(min = 12, max = 128) String password,
    @Future LocalDate expiresOn,
    @Email @Size(max = 254) String email) {}
