package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.modelgate.workflow.security.SignInWindows;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}
 * for one account, or {@code MODELGATE_SIGNIN_FAILURES_PER_ADDRESS} (default {@value
 * #MAX_FAILURES_PER_ADDRESS}) from one client address ({@link ClientAddress}, so a proxy's clients
 * are told apart), further attempts are refused until the window has passed. The counts are in the
 * database ({@link SignInWindows}): they hold across nodes and restarts, and run-out windows are
 * deleted.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEY = 200;

  @Inject SignInWindows windows;
  @Inject Clock clock;

  private final int maxFailuresPerAddress =
      ConfigProvider.getConfig(SignInThrottle.class.getClassLoader())
          .getOptionalValue("MODELGATE_SIGNIN_FAILURES_PER_ADDRESS", Integer.class)
          .orElse(MAX_FAILURES_PER_ADDRESS);

  /** Whether the next attempt for this account from this address must be refused. */
  boolean blocked(String username, String address) {
    String user = userKey(username);
    String addr = addressKey(address);
    Map<String, Integer> failures = windows.failures(List.of(user, addr), opened());
    return failures.getOrDefault(user, 0) >= MAX_FAILURES
        || failures.getOrDefault(addr, 0) >= maxFailuresPerAddress;
  }

  void failed(String username, String address) {
    count(userKey(username));
    count(addressKey(address));
  }

  void succeeded(String username) {
    windows.forget(userKey(username));
  }

  private void count(String key) {
    try {
      windows.count(key, clock.instant(), opened());
    } catch (PersistenceException concurrentFirstFailure) {
      // Another node opened this window a moment ago: count into it.
      windows.count(key, clock.instant(), opened());
    }
  }

  private Instant opened() {
    return clock.instant().minus(WINDOW);
  }

  static String userKey(String username) {
    return key("user:", username);
  }

  static String addressKey(String address) {
    return key("addr:", address);
  }

  /** Keys fit the column: whatever a client sends as a username, a long one is digested. */
  private static String key(String kind, String value) {
    String key = kind + value;
    if (key.length() <= MAX_KEY) {
      return key;
    }
    try {
      return kind
          + "sha256:"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
