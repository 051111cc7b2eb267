package org.modelgate.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Payara Micro running the built WAR as a child process of the test JVM, so that a test can
 * kill it with SIGKILL ({@link #kill()}) — Arquillian's managed container only stops its server
 * gracefully. Configured through the application's environment variables, like a real deployment;
 * its output is appended to a log file under {@code target/fault-logs}.
 */
final class ServerProcess implements AutoCloseable {

  /** Exit status of a JVM ended by signal 9: 128 + 9. */
  static final int KILLED_BY_SIGKILL = 137;

  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final Path log;
  // HTTP/1.1: a probe with the default h2c upgrade once hung past its timeout on a starting server
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Process process;

  ServerProcess(String name, int port, Map<String, String> environment) {
    this.name = name;
    this.port = port;
    this.environment = Map.copyOf(environment);
    this.log = FaultSettings.logDirectory().resolve(name + ".log");
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /**
   * Starts the server and waits until {@code /health/ready} answers 200; returns the time taken.
   */
  Duration start() {
    assertThat(isAlive()).as("%s is already running", name).isFalse();
    assertThat(readiness())
        .as("port %d is free (no server of an earlier run left)", port)
        .isEqualTo(-1);
    long started = System.nanoTime();
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "==== start " + java.time.Instant.now() + " ====\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx768m",
                  "-jar",
                  FaultSettings.payaraJar(),
                  "--deploy",
                  FaultSettings.war(),
                  "--contextroot",
                  "/",
                  "--nocluster",
                  "--port",
                  String.valueOf(port)));
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = started + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " while starting; see " + log);
      }
      if (readiness() == 200) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      pause(Duration.ofMillis(500));
    }
    kill();
    throw new IllegalStateException(name + " not ready within " + START_TIMEOUT + "; see " + log);
  }

  /**
   * SIGKILL, as {@code kill -9}: no shutdown hook, no rollback by the server, no flush. Waits for
   * the process to be gone and checks that the signal, not a clean exit, ended it.
   */
  Duration kill() {
    long signalled = System.nanoTime();
    process.destroyForcibly();
    int status = waitFor();
    Duration dying = Duration.ofNanos(System.nanoTime() - signalled);
    assertThat(status).as("exit status of %s after SIGKILL", name).isEqualTo(KILLED_BY_SIGKILL);
    process = null;
    return dying;
  }

  /** A graceful stop (SIGTERM: Payara's shutdown hook undeploys the application). */
  void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(60, TimeUnit.SECONDS)) {
        running.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.destroyForcibly();
    }
    process = null;
  }

  private int waitFor() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return process.waitFor();
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status of {@code /health/ready}, or -1 when nothing answers. */
  int readiness() {
    var answer =
        http.sendAsync(
            HttpRequest.newBuilder(base().resolve("health/ready"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build(),
            BodyHandlers.discarding());
    try {
      return answer.get(15, TimeUnit.SECONDS).statusCode();
    } catch (ExecutionException | TimeoutException e) {
      answer.cancel(true);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (isAlive()) {
      stop();
    }
  }

  @Override
  public String toString() {
    return name + " on port " + port;
  }
}
