package org.modelgate.api.administration;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.security.Role;

/**
 * An account as administrators see it.
 *
 * @param active whether the account may sign in now: enabled and not past its expiry
 * @param passwordChangeRequired whether the user must change the password at the next sign-in
 * @param email where notices are mailed, or null
 */
public record UserResponse(
    long id,
    String username,
    String displayName,
    long unitId,
    String unitName,
    List<Role> roles,
    boolean enabled,
    Instant expiresAt,
    boolean active,
    Instant createdAt,
    boolean passwordChangeRequired,
    String email) {}
