package org.modelgate.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The figures a fault run measured (rounds, outcomes, times to ready and to recover), printed and
 * appended to {@code target/fault-logs/results.txt} so that docs/RELIABILITY.md can quote a run.
 */
final class FaultReport {

  private FaultReport() {}

  static synchronized void record(String line) {
    String stamped = Instant.now() + " " + line;
    System.out.println("[fault] " + stamped);
    try {
      Files.createDirectories(FaultSettings.logDirectory());
      Files.writeString(
          FaultSettings.logDirectory().resolve("results.txt"),
          stamped + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
