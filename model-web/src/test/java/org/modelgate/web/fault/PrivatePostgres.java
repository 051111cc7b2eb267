package org.modelgate.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the fault tests' own, in a temporary directory, so that they can stop the
 * database and kill servers without touching the PostgreSQL other tests on this machine share. Made
 * with the installed server binaries ({@code initdb} refuses root, hence {@code runuser -u
 * postgres} when the tests run as root); trust authentication on 127.0.0.1 only.
 */
final class PrivatePostgres implements AutoCloseable {

  private static final String PREFIX = "modelgate-fault-pg-";

  private final Path binaries;
  private final Path directory;
  private final int port;
  private final boolean root;
  private volatile boolean running;

  private PrivatePostgres(Path binaries, Path directory, int port, boolean root) {
    this.binaries = binaries;
    this.directory = directory;
    this.port = port;
    this.root = root;
  }

  /** Creates and starts a new cluster listening on 127.0.0.1:{@code port}. */
  static PrivatePostgres create(int port) throws IOException {
    Path binaries = newestServerBinaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    removeLeftovers(binaries, root);
    Path directory = Files.createTempDirectory(PREFIX);
    if (root) {
      run(List.of("chown", "postgres", directory.toString()));
    }
    PrivatePostgres cluster = new PrivatePostgres(binaries, directory, port, root);
    cluster.asOwner(
        "initdb",
        "-D",
        cluster.data(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8");
    cluster.start();
    return cluster;
  }

  String serverUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/";
  }

  void start() {
    asOwner(
        "pg_ctl",
        "-D",
        data(),
        "-l",
        directory.resolve("postgres.log").toString(),
        "-o",
        "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
        "-w",
        "start");
    running = true;
  }

  boolean isRunning() {
    return running;
  }

  /** A fast shutdown: open transactions are rolled back, every connection is closed. */
  void stop() {
    asOwner("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    running = false;
  }

  @Override
  public synchronized void close() throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try {
      asOwner("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    running = false;
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /**
   * Clusters of an earlier run that was itself killed: stopped and deleted, so the port is free.
   */
  private static void removeLeftovers(Path binaries, boolean root) throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> dirs = Files.list(temp)) {
      for (Path leftover :
          dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
        new PrivatePostgres(binaries, leftover, 0, root).close();
      }
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void asOwner(String tool, String... arguments) {
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(binaries.resolve(tool).toString());
    command.addAll(List.of(arguments));
    run(command);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The newest {@code /usr/lib/postgresql/<version>/bin}, or {@code fault.pg.bin} when set. */
  private static Path newestServerBinaries() throws IOException {
    String configured = System.getProperty("fault.pg.bin");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(dir -> Files.isExecutable(dir.resolve("bin/initdb")))
          .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString())))
          .map(dir -> dir.resolve("bin"))
          .orElseThrow(
              () -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql"));
    }
  }
}
