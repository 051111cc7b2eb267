package org.modelgate.workflow.notice;

import java.util.Optional;
import java.util.function.Function;

/**
 * The SMTP server of the e-mail channel, from {@code MODELGATE_SMTP_HOST}, {@code _PORT} (default
 * 25), {@code _USER}, {@code _PASSWORD} and {@code _FROM} (default {@code modelgate@localhost}). No
 * host means no e-mail: notices stay in the application.
 */
public record MailSettings(String host, int port, String user, String password, String from) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }

  /** Reads the settings through {@code lookup} (MicroProfile Config in the server). */
  public static MailSettings from(Function<String, Optional<String>> lookup) {
    String port = lookup.apply("MODELGATE_SMTP_PORT").orElse("25").strip();
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("MODELGATE_SMTP_PORT is not a port number: " + port, e);
    }
    return new MailSettings(
        lookup.apply("MODELGATE_SMTP_HOST").map(String::strip).orElse(null),
        number,
        lookup.apply("MODELGATE_SMTP_USER").orElse(null),
        lookup.apply("MODELGATE_SMTP_PASSWORD").orElse(null),
        lookup.apply("MODELGATE_SMTP_FROM").orElse("modelgate@localhost"));
  }
}
