package org.modelgate.workflow.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed sign-ins of one account or one client address since the window opened. In the
 * database, so that the limit holds across nodes and restarts.
 */
@Entity
@Table(name = "mg_sign_in_window")
public class SignInWindow {

  @Id
  @Column(name = "throttle_key", length = 200)
  private String key;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(nullable = false)
  private int failures;

  protected SignInWindow() {}

  SignInWindow(String key, Instant windowStart, int failures) {
    this.key = key;
    this.windowStart = windowStart;
    this.failures = failures;
  }
}
