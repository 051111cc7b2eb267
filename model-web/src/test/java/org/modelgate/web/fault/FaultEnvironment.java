package org.modelgate.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every fault test runs against: a private PostgreSQL cluster with a fresh {@code
 * modelgate_fault} database and one Payara Micro on it, started once per run (a start costs half a
 * minute or more on this machine) and removed when the run ends. Before each test the server is
 * started again if an earlier test left it killed, and the database started if it was left stopped,
 * so no test depends on another's outcome.
 */
final class FaultEnvironment implements BeforeAllCallback, BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FaultEnvironment.class);

  /** The running environment: cluster, database, server. */
  record Running(PrivatePostgres cluster, FaultDatabase database, ServerProcess server)
      implements AutoCloseable {

    ModelDriver driver() {
      return new ModelDriver(server.base(), database);
    }

    @Override
    public void close() throws IOException {
      try {
        server.close();
      } finally {
        cluster.close();
      }
    }
  }

  private Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent("environment", key -> startNew(), Running.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!running.cluster().isRunning()) {
      running.cluster().start();
    }
    if (!running.server().isAlive()) {
      running.server().start();
    }
  }

  Running get() {
    return running;
  }

  private static void closeQuietly(Running running) {
    try {
      running.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("[fault] clean-up failed: " + e);
    }
  }

  private static Running startNew() {
    try {
      long started = System.nanoTime();
      PrivatePostgres cluster = PrivatePostgres.create(FaultSettings.privatePostgresPort());
      FaultReport.record(
          "private PostgreSQL cluster created and started in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
      FaultDatabase database =
          FaultDatabase.fresh(cluster.serverUrl(), FaultSettings.database(), "postgres", "");
      ServerProcess server =
          new ServerProcess(
              "modelgate-fault",
              FaultSettings.serverPort(),
              Map.of(
                  "MODELGATE_DB_URL", database.url(),
                  "MODELGATE_DB_USER", database.user(),
                  "MODELGATE_DB_PASSWORD", database.password(),
                  "MODELGATE_DEMO_DATA", "true"));
      Running running = new Running(cluster, database, server);
      // also when the run itself is interrupted (Ctrl-C): no server or cluster left behind
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(running)));
      var took = server.start();
      FaultReport.record("first start of " + server + " to ready: " + took.toMillis() + " ms");
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the fault test database", e);
    }
  }
}
