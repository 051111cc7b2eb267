package org.modelgate.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The office's rules that are settings rather than code, read through MicroProfile Config (the
 * environment variable of the same name wins).
 *
 * @param forumSla how long an accepted proposal may wait for a forum before staff are reminded
 *     ({@code MODELGATE_FORUM_SLA}, ISO-8601 period, default P30D)
 * @param reviewGrace how long after the forum date reviews are still accepted ({@code
 *     MODELGATE_REVIEW_GRACE}, ISO-8601 duration, default P3D)
 * @param homogeneityCap active models per supervision point above which a proposal needs an
 *     innovation statement ({@code MODELGATE_HOMOGENEITY_CAP}, default 5)
 * @param attachmentMaxBytes the largest attachment accepted ({@code
 *     MODELGATE_ATTACHMENT_MAX_BYTES}, default 10 MiB)
 */
public record LifecycleSettings(
    Period forumSla,
    Duration reviewGrace,
    int homogeneityCap,
    long attachmentMaxBytes,
    Period pilotMaxLength,
    String pilotReminderCycle) {

  static LifecycleSettings from(Function<String, Optional<String>> config) {
    return new LifecycleSettings(
        Period.parse(config.apply("MODELGATE_FORUM_SLA").orElse("P30D")),
        Duration.parse(config.apply("MODELGATE_REVIEW_GRACE").orElse("P3D")),
        Integer.parseInt(config.apply("MODELGATE_HOMOGENEITY_CAP").orElse("5")),
        Long.parseLong(config.apply("MODELGATE_ATTACHMENT_MAX_BYTES").orElse("10485760")),
        Period.parse(config.apply("MODELGATE_PILOT_MAX_LENGTH").orElse("P1Y")),
        config.apply("MODELGATE_PILOT_REMINDER_CYCLE").orElse("R/P7D"));
  }

  /** Makes the settings injectable. */
  @ApplicationScoped
  public static class Producer {

    @Produces
    @Singleton
    LifecycleSettings settings() {
      Config config = ConfigProvider.getConfig(LifecycleSettings.class.getClassLoader());
      return from(
          key ->
              config
                  .getOptionalValue(key, String.class)
                  .map(String::strip)
                  .filter(v -> !v.isEmpty()));
    }
  }
}
