package org.modelgate.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/**
 * Waits for what a job of the process does after the user's transaction (the library listing, a
 * reminder, an e-mail): Awaitility polls until the condition holds or the time is up.
 */
public final class Eventually {

  private Eventually() {}

  public static void await(String what, BooleanSupplier condition) {
    await(what, Duration.ofSeconds(60), condition);
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    Awaitility.await(what)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(condition::getAsBoolean);
  }
}
