package org.modelgate.api.failure;

/**
 * The caller signed in with a password that must be changed first (a one-time password, or an
 * administrator asked for a change): nothing but the password change is answered until then.
 */
public class PasswordChangeRequiredException extends ModelGateException {

  public PasswordChangeRequiredException(String username) {
    super("account.password-change-required", "username", username);
  }
}
