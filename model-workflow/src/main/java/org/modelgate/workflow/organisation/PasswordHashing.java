package org.modelgate.workflow.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2: HMAC-SHA256, 210,000 iterations (OWASP's figure
 * for this algorithm), 16-byte salt, 32-byte key. The stored string names algorithm and iterations,
 * so raising them later leaves old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

  /** The parameters, also given to the identity store that verifies sign-ins. */
  public static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** Whether {@code password} is the one {@code storedHash} was made from. */
  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** A random password of 20 URL-safe characters (120 bits), for accounts set up by others. */
  public String generatePassword() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
