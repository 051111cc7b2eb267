package org.modelgate.web.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.modelgate.web.ApiClient;
import org.modelgate.web.ModelRequests;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * The database stops for 30 seconds while clients keep creating, submitting and screening models.
 * Readiness must go DOWN during the outage and come back UP by itself; every request meanwhile must
 * be answered with a problem, not hang and not half-write; afterwards every model's stage must
 * match its process, every 2xx must be in the database, and the same server — never restarted —
 * must serve requests again. The PostgreSQL stopped is the fault tests' private cluster.
 */
class DatabaseOutageFaultIT {

  @RegisterExtension static final FaultEnvironment ENVIRONMENT = new FaultEnvironment();

  private static final Duration OUTAGE =
      Duration.ofSeconds(Integer.getInteger("fault.outage.seconds", 30));
  private static final Duration STEADY = Duration.ofSeconds(5);

  /** One API call of the load: when it started and ended (ms after the test began), its answer. */
  record Call(
      String step,
      long modelId,
      long startedMs,
      long endedMs,
      int status,
      String contentType,
      String retryAfter) {
    boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  /** One readiness probe. */
  record Probe(long atMs, int status) {}

  private final long origin = System.nanoTime();
  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean loading = new AtomicBoolean(true);

  @Test
  void shouldGoNotReadyDuringADatabaseOutageAndRecoverWithoutARestartOrAPartialWrite()
      throws Exception {
    var running = ENVIRONMENT.get();
    ServerProcess server = running.server();
    PrivatePostgres cluster = running.cluster();
    FaultDatabase db = running.database();
    long pid = server.pid();
    URI base = server.base();

    long stoppedMs;
    long restartingMs = -1;
    long restartedMs;
    long readyAgainMs;
    long firstSuccessAgainMs;
    try (ExecutorService clients = Executors.newFixedThreadPool(3)) {
      List<Future<?>> load = new ArrayList<>();
      load.add(clients.submit(() -> probeReadiness(server)));
      for (int client = 0; client < 2; client++) {
        load.add(clients.submit(() -> createSubmitAndScreen(base)));
      }
      // given: the application under load with the database up
      ServerProcess.pause(STEADY);
      // when: the database is stopped for the outage and started again
      stoppedMs = now();
      try {
        cluster.stop();
        ServerProcess.pause(OUTAGE);
      } finally {
        restartingMs = now();
        cluster.start();
      }
      restartedMs = now();
      long restartingAt = restartingMs;
      readyAgainMs =
          await()
              .atMost(Duration.ofSeconds(120))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> firstProbe(restartingAt, 200), at -> at >= 0);
      firstSuccessAgainMs =
          await()
              .atMost(Duration.ofSeconds(120))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> firstSuccessfulCall(restartingAt), at -> at >= 0);
      ServerProcess.pause(STEADY);
      loading.set(false);
      for (Future<?> client : load) {
        client.get();
      }
    }

    // then: readiness was UP, went DOWN during the outage, came back UP by itself
    assertThat(server.pid()).as("the same server process throughout").isEqualTo(pid);
    assertThat(server.isAlive()).isTrue();
    assertThat(probes)
        .filteredOn(p -> p.atMs() < stoppedMs)
        .as("readiness before the outage")
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
    long downMs = firstProbe(stoppedMs, 503);
    long outageEndMs = restartingMs;
    assertThat(downMs).as("a 503 from /health/ready during the outage").isBetween(0L, outageEndMs);
    assertThat(probes)
        .filteredOn(p -> p.atMs() > stoppedMs + 2_000 && p.atMs() < outageEndMs)
        .as("readiness during the outage")
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.status()).isEqualTo(503));

    // and: every request was answered; those that failed were answered with a problem
    List<Call> all = List.copyOf(calls);
    assertThat(all).noneSatisfy(call -> assertThat(call.status()).isEqualTo(-1));
    assertThat(all)
        .filteredOn(call -> !call.succeeded())
        .isNotEmpty()
        .allSatisfy(
            call -> {
              assertThat(call.status()).as(call.toString()).isEqualTo(503);
              assertThat(call.retryAfter()).as(call.toString()).isNotEmpty();
              assertThat(call.contentType())
                  .as(call.toString())
                  .startsWith("application/problem+json");
            });
    // and: once readiness is back, requests succeed again
    assertThat(all)
        .filteredOn(call -> call.startedMs() > readyAgainMs)
        .isNotEmpty()
        .allSatisfy(call -> assertThat(call.succeeded()).as(call.toString()).isTrue());

    // and: no partial writes — stages match processes, every 2xx was kept
    assertConsistent(db);
    for (Call call : all) {
      if (call.succeeded()) {
        String stage =
            db.string("select stage from mg_supervision_model where id = ?", call.modelId());
        switch (call.step()) {
          case "create" -> assertThat(stage).as(call.toString()).isNotNull();
          case "submit" ->
              assertThat(stage).as(call.toString()).isIn("SCREENING", "AWAITING_FORUM");
          default -> assertThat(stage).as(call.toString()).isEqualTo("AWAITING_FORUM");
        }
      }
    }
    var chain = ApiClient.as(base, "admin").get("api/admin/audit/verify");
    assertThat(chain.status()).isEqualTo(200);
    assertThat(chain.json().getBoolean("intact")).as(chain.body()).isTrue();

    Map<String, Integer> outcomes = new TreeMap<>();
    for (Call call : all) {
      String phase =
          call.endedMs() < stoppedMs
              ? "before"
              : call.startedMs() > outageEndMs ? "after" : "during";
      outcomes.merge(phase + " " + call.step() + " " + call.status(), 1, Integer::sum);
    }
    long slowest = all.stream().mapToLong(c -> c.endedMs() - c.startedMs()).max().orElse(0);
    FaultReport.record(
        "database outage of "
            + OUTAGE.toSeconds()
            + " s under load: readiness DOWN "
            + (downMs - stoppedMs)
            + " ms after the stop, UP "
            + (readyAgainMs - outageEndMs)
            + " ms after the database was started again (pg_ctl start took "
            + (restartedMs - outageEndMs)
            + " ms); first successful write "
            + (firstSuccessAgainMs - outageEndMs)
            + " ms after; slowest call "
            + slowest
            + " ms; calls "
            + outcomes);
  }

  @Test
  void shouldAnswerACommitTheDatabaseRefusesWithA503ProblemAndKeepNothingOfIt() throws Exception {
    var running = ENVIRONMENT.get();
    FaultDatabase db = running.database();
    ModelDriver driver = running.driver();
    long id = driver.submitted("提交时被拒的初审");
    String instance = driver.processInstance(id);
    // given: a deferred trigger that ends the server's own connection at the commit of any new
    // comment, as a database shutdown or a lost connection would (FATAL 57P01 to the driver)
    try (Connection connection = db.connect();
        var ddl = connection.createStatement()) {
      ddl.execute(
          """
          create function fault_refuse_commit() returns trigger language plpgsql as $$
          begin perform pg_terminate_backend(pg_backend_pid()); return null; end $$""");
      ddl.execute(
          "create constraint trigger fault_refuse_commit after insert on mg_comment"
              + " deferrable initially deferred for each row execute function fault_refuse_commit()");
    }
    ApiClient.Reply refused;
    try {
      // when: a screening that writes a comment reaches its commit
      refused =
          driver
              .as("staff")
              .post(
                  "api/models/" + id + "/screening",
                  "{\"outcome\":\"RETURN\",\"comment\":\"请补充数据来源说明\"}");
    } finally {
      try (Connection connection = db.connect();
          var ddl = connection.createStatement()) {
        ddl.execute("drop trigger fault_refuse_commit on mg_comment");
        ddl.execute("drop function fault_refuse_commit()");
      }
    }
    // then: a clean 503 problem, and nothing of the screening in the database
    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(db.string("select stage from mg_supervision_model where id = ?", id))
        .isEqualTo("SCREENING");
    assertThat(db.count("select count(*) from mg_comment where model_id = ?", id)).isZero();
    assertThat(
            db.count(
                "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
                instance,
                ModelLifecycle.TASK_SCREEN_PROPOSAL))
        .isEqualTo(1);
    // and: the retry the 503 invites succeeds, once
    var retried =
        driver
            .as("staff")
            .post(
                "api/models/" + id + "/screening",
                "{\"outcome\":\"RETURN\",\"comment\":\"请补充数据来源说明\"}");
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(db.count("select count(*) from mg_comment where model_id = ?", id)).isEqualTo(1);
  }

  /** Invariants between the application's tables and the engine's, over every model. */
  private static void assertConsistent(FaultDatabase db) throws Exception {
    try (Connection connection = db.connect();
        var statement =
            FaultDatabase.prepare(
                connection,
                """
                select m.id, m.stage, m.process_instance_id,
                  (select count(*) from act_ru_execution e where e.proc_inst_id_ = m.process_instance_id
                     and e.parent_id_ is null) as instances,
                  (select count(*) from act_ru_task t where t.proc_inst_id_ = m.process_instance_id
                     and t.task_def_key_ = ?) as open_screenings,
                  (select count(*) from act_hi_taskinst h where h.proc_inst_id_ = m.process_instance_id
                     and h.task_def_key_ = ? and h.end_time_ is not null) as screened,
                  (select count(*) from act_ru_execution e where e.proc_inst_id_ = m.process_instance_id
                     and e.act_id_ = ?) as waiting_for_forum,
                  (select count(*) from mg_audit_entry a where a.model_id = m.id
                     and a.action = 'SCREEN' and a.outcome <> 'DENIED') as screen_entries
                from mg_supervision_model m
                """,
                ModelLifecycle.TASK_SCREEN_PROPOSAL,
                ModelLifecycle.TASK_SCREEN_PROPOSAL,
                ModelLifecycle.RECEIVE_TASK_AWAIT_FORUM);
        ResultSet rows = statement.executeQuery()) {
      int models = 0;
      while (rows.next()) {
        models++;
        String model = "model " + rows.getLong("id") + " in " + rows.getString("stage");
        long instances = rows.getLong("instances");
        long open = rows.getLong("open_screenings");
        long screened = rows.getLong("screened");
        long waiting = rows.getLong("waiting_for_forum");
        assertThat(rows.getLong("screen_entries")).as(model).isEqualTo(screened);
        switch (rows.getString("stage")) {
          case "DRAFT" -> {
            assertThat(rows.getString("process_instance_id")).as(model).isNull();
          }
          case "SCREENING" -> {
            assertThat(List.of(instances, open, screened, waiting))
                .as(model + ": instances, open screenings, screened, waiting for forum")
                .containsExactly(1L, 1L, 0L, 0L);
          }
          case "AWAITING_FORUM" -> {
            assertThat(List.of(instances, open, screened, waiting))
                .as(model + ": instances, open screenings, screened, waiting for forum")
                .containsExactly(1L, 0L, 1L, 1L);
          }
          default -> {
            // stages the load does not reach: left to the other tests
          }
        }
      }
      assertThat(models).isPositive();
    }
  }

  private void probeReadiness(ServerProcess server) {
    while (loading.get()) {
      probes.add(new Probe(now(), server.readiness()));
      ServerProcess.pause(Duration.ofMillis(250));
    }
  }

  /** One client: draft, submit, accept, again and again; every call recorded, none retried. */
  private void createSubmitAndScreen(URI base) {
    ApiClient creator = ApiClient.as(base, "creator");
    ApiClient staff = ApiClient.as(base, "staff");
    int n = 0;
    while (loading.get()) {
      String draft = ModelRequests.draft("断库负载模型" + n++);
      long started = now();
      var created = call(() -> creator.post("api/models", draft));
      long id = created.status() == 201 ? created.json().getJsonNumber("id").longValue() : 0;
      record("create", id, started, created);
      if (id == 0) {
        // a failed create leaves nothing to continue with; the next round starts a new model
        ServerProcess.pause(Duration.ofMillis(200));
        continue;
      }
      started = now();
      var submitted = call(() -> creator.post("api/models/" + id + "/submit", null));
      record("submit", id, started, submitted);
      if (submitted.status() != 200) {
        continue;
      }
      started = now();
      var screened =
          call(() -> staff.post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}"));
      record("screen", id, started, screened);
    }
  }

  private void record(String step, long modelId, long started, ApiClient.Reply reply) {
    String retryAfter =
        reply.raw() == null ? "" : reply.raw().headers().firstValue("Retry-After").orElse("");
    calls.add(
        new Call(step, modelId, started, now(), reply.status(), reply.contentType(), retryAfter));
  }

  /** A call; a connection failure becomes status -1 so that the test can report it. */
  private static ApiClient.Reply call(java.util.function.Supplier<ApiClient.Reply> request) {
    try {
      return request.get();
    } catch (UncheckedIOException e) {
      return new ApiClient.Reply(-1, "", String.valueOf(e.getCause()), null);
    }
  }

  private long firstProbe(long afterMs, int status) {
    return probes.stream()
        .filter(p -> p.atMs() >= afterMs && p.status() == status)
        .mapToLong(Probe::atMs)
        .min()
        .orElse(-1);
  }

  private long firstSuccessfulCall(long afterMs) {
    return calls.stream()
        .filter(c -> c.startedMs() >= afterMs && c.succeeded())
        .mapToLong(Call::endedMs)
        .min()
        .orElse(-1);
  }

  private long now() {
    return (System.nanoTime() - origin) / 1_000_000;
  }
}
