package org.modelgate.api.organisation;

import java.util.List;

/** The signed-in user, answered by {@code GET /api/me}. */
public record AccountResponse(
    String username, String displayName, UnitResponse unit, List<String> roles) {}
