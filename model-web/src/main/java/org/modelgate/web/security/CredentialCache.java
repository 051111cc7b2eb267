package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.modelgate.workflow.organisation.CredentialsChanged;

/**
 * Remembers HTTP Basic credentials that passed the identity store for a minute, keyed by an
 * HMAC-SHA256 of user and password under a random per-process key: a burst of API calls pays one
 * PBKDF2 check (~90 ms) instead of one each, and no password or plain hash is held in memory. A
 * changed password or a disabled account is forgotten at once on this node ({@link
 * CredentialsChanged}), on other nodes at the latest when the entry expires.
 */
@ApplicationScoped
public class CredentialCache {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  record Verified(String caller, Set<String> groups, Instant expiresAt) {}

  private final Map<String, Verified> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  public CredentialCache() {
    this(Clock.systemUTC());
  }

  CredentialCache(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
  }

  Optional<Verified> find(String username, String password) {
    String digest = digest(username, password);
    Verified verified = entries.get(digest);
    if (verified == null) {
      return Optional.empty();
    }
    if (!verified.expiresAt().isAfter(clock.instant())) {
      entries.remove(digest, verified);
      return Optional.empty();
    }
    return Optional.of(verified);
  }

  void remember(String username, String password, String caller, Set<String> groups) {
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(
        digest(username, password),
        new Verified(caller, Set.copyOf(groups), now.plus(TIME_TO_LIVE)));
  }

  /** Forgets every remembered credential of the user. */
  void forget(@Observes CredentialsChanged changed) {
    entries.values().removeIf(entry -> entry.caller().equals(changed.username()));
  }

  private String digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
