package org.modelgate.api.organisation;

import java.util.List;

/**
 * The signed-in user, answered by {@code GET /api/me}.
 *
 * @param passwordChangeRequired whether the user must change the password before anything else
 */
public record AccountResponse(
    String username,
    String displayName,
    UnitResponse unit,
    List<String> roles,
    boolean passwordChangeRequired) {}
