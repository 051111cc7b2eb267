package org.modelgate.api.security;

/**
 * A token just created and its value, shown this once: only a digest is stored. Send it as {@code
 * Authorization: Bearer <value>}.
 */
public record CreatedTokenResponse(TokenResponse token, String value) {}
