package org.modelgate.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for what a job of the process does after the user's transaction (the library listing, a
 * reminder, an e-mail): polls until the condition holds or the time is up.
 */
public final class Eventually {

  private Eventually() {}

  public static void await(String what, BooleanSupplier condition) {
    await(what, Duration.ofSeconds(60), condition);
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant until = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
