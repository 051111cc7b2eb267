package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}
 * for one account, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, further attempts are
 * refused until the window has passed. Kept per node, in memory.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private record Window(Instant start, int failures) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether the next attempt for this account from this address must be refused. */
  boolean blocked(String username, String address) {
    return failures("user:" + username) >= MAX_FAILURES
        || failures("addr:" + address) >= MAX_FAILURES_PER_ADDRESS;
  }

  void failed(String username, String address) {
    count("user:" + username);
    count("addr:" + address);
  }

  void succeeded(String username) {
    windows.remove("user:" + username);
  }

  private int failures(String key) {
    Window window = windows.get(key);
    if (window == null || expired(window)) {
      return 0;
    }
    return window.failures();
  }

  private void count(String key) {
    windows.compute(
        key,
        (k, window) ->
            window == null || expired(window)
                ? new Window(clock.instant(), 1)
                : new Window(window.start(), window.failures() + 1));
  }

  private boolean expired(Window window) {
    return !window.start().plus(WINDOW).isAfter(clock.instant());
  }
}
