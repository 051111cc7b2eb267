package org.modelgate.api.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.modelgate.api.security.Role;

/**
 * The changeable facts of an account; {@code expiresOn} null means it does not expire, {@code
 * email} null that notices are not mailed to it.
 */
public record ChangeUserRequest(
    @NotBlank @Size(max = 100) String displayName,
    @NotNull Long unitId,
    @NotEmpty Set<@NotNull Role> roles,
    @Future LocalDate expiresOn,
    @Email @Size(max = 254) String email) {}
