package org.modelgate.api.security;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/**
 * A personal access token as its owner and administrators see it; never its value.
 *
 * @param expiresAt the first instant at which it no longer works
 * @param lastUsedFrom the client address of the latest recorded use
 * @param active whether it works now: neither revoked nor expired
 */
public record TokenResponse(
    long id,
    String name,
    UserRef owner,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    String lastUsedFrom,
    Instant revokedAt,
    String revokedBy,
    boolean active) {}
