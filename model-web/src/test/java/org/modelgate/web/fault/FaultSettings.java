package org.modelgate.web.fault;

import java.nio.file.Path;

/**
 * Where the fault tests find the runtime, the WAR and the databases: system properties set by the
 * {@code faults} profile's failsafe execution (model-web/pom.xml), with the same defaults.
 */
final class FaultSettings {

  private FaultSettings() {}

  static String payaraJar() {
    return required("payara.microJar");
  }

  /**
   * The WAR under test: the build's, or {@code fault.war} to measure a variant (e.g. a setting).
   */
  static String war() {
    String variant = System.getProperty("fault.war");
    return variant == null || variant.isBlank() ? required("it.war") : variant;
  }

  static Path logDirectory() {
    return Path.of(System.getProperty("fault.logs", "target/fault-logs"));
  }

  /** The database on the private cluster; dropped and created anew by each run. */
  static String database() {
    return System.getProperty("fault.pg.database", "modelgate_fault");
  }

  /** Port of the private PostgreSQL cluster (127.0.0.1 only). */
  static int privatePostgresPort() {
    return Integer.getInteger("fault.private.pg.port", 5439);
  }

  /** Port of the Payara Micro under test (28100–28199 are the fault tests' range). */
  static int serverPort() {
    return Integer.getInteger("fault.server.port", 28110);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run the fault tests with -Pfaults");
    }
    return value;
  }
}
