package org.modelgate.api.administration;

/**
 * An account and, when the system generated it, its new password — shown this once: only a hash is
 * stored. {@code generatedPassword} is null when the administrator chose the password.
 */
public record UserCredentialResponse(UserResponse user, String generatedPassword) {}
