package org.modelgate.api.security;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for scripts and model runners: a user creates them for themself and sees
 * the value once; the user and system administrators list and revoke them. Only a digest of the
 * random value is stored. A token acts with its owner's roles as they are at each call, so a
 * disabled account's tokens stop at once. Creation, use from a new address and revocation are
 * audited.
 */
public interface TokenService {

  /** The longest a token may live: its expiry date is at most this far from today. */
  Period MAX_LIFETIME = Period.ofYears(1);

  /** The caller's own tokens, newest first, revoked and expired ones included. */
  List<TokenResponse> myTokens();

  /** A new token of the caller's; the value is in the answer and nowhere else. */
  CreatedTokenResponse createToken(CreateTokenRequest request);

  /** Revokes one of the caller's own tokens (404 for anyone else's). */
  TokenResponse revokeMyToken(long id);

  /**
   * Every token, newest first, or only those of one user when {@code userId} is given (system
   * administrators; 404 for an unknown user).
   */
  List<TokenResponse> tokens(Long userId);

  /** Revokes any token (system administrators). */
  TokenResponse revokeToken(long id);

  /**
   * The holder of a token value presented from {@code address}, if the value is a live token of an
   * active account; empty for anything else, without saying why.
   */
  Optional<TokenHolder> authenticate(String value, String address);
}
