package org.modelgate.workflow.persistence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the data lives, read through MicroProfile Config so that environment variables and system
 * properties of the same name both work. Without {@code MODELGATE_DB_URL} the application runs on
 * an H2 file database under {@code MODELGATE_DATA_DIR} with demo data; with a URL (PostgreSQL in
 * production) demo data is off unless {@code MODELGATE_DEMO_DATA=true}.
 */
public record DatabaseSettings(
    String url, String user, String password, Path dataDir, boolean demoData) {

  public static final String DATA_DIR = "MODELGATE_DATA_DIR";
  public static final String DB_URL = "MODELGATE_DB_URL";
  public static final String DB_USER = "MODELGATE_DB_USER";
  public static final String DB_PASSWORD = "MODELGATE_DB_PASSWORD";
  public static final String DEMO_DATA = "MODELGATE_DEMO_DATA";

  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from a lookup of configuration keys; blank values count as unset. */
  static DatabaseSettings from(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> config =
        key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    // Absolute, because H2 resolves a relative path against the server's working directory.
    Path dataDir = Path.of(config.apply(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
    Optional<String> configuredUrl = config.apply(DB_URL);
    // LOCK_TIMEOUT: audited writes queue on one row; H2's default wait of 1 s is too short.
    String url =
        configuredUrl.orElse(
            "jdbc:h2:file:"
                + dataDir.resolve("modelgate")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    boolean embedded = url.startsWith("jdbc:h2:");
    boolean demoData = config.apply(DEMO_DATA).map(Boolean::parseBoolean).orElse(embedded);
    return new DatabaseSettings(
        url,
        config.apply(DB_USER).orElse(embedded ? "sa" : null),
        config.apply(DB_PASSWORD).orElse(embedded ? "" : null),
        dataDir,
        demoData);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + ", demoData=" + demoData + "]";
  }
}
