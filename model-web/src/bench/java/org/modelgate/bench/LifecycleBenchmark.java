package org.modelgate.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * ModelGate's benchmark (DESIGN §7), one run on PostgreSQL with history FULL: start-up and memory
 * against an empty WAR on the same Payara Micro; every transition of a model's life through the
 * REST API against the same transition on a standalone Camunda engine in this JVM (same BPMN, no-op
 * beans, its own database on the same server), alternating in blocks so that both see the same
 * machine load, with 1 and 2 clients, with SQL statements counted by {@link CountingDriver} on both
 * sides; then a population from {@link PopulationGenerator}, and the inbox and the dashboard
 * against the naive TaskQuery/HistoryService equivalents on the same database. Prints a report; the
 * figures go into {@code docs/PERFORMANCE.md}.
 */
public final class LifecycleBenchmark {

  static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  static final String APP_DB = "modelgate_bench_app";
  static final String RAW_DB = "modelgate_bench_raw";
  static final int APP_PORT = 28201;
  static final int EMPTY_PORT = 28211;
  static final int COUNTER_PORT = 28299;

  /** Transitions in lifecycle order; those with a raw twin are compared. */
  static final List<String> STEPS =
      List.of(
          "draft (app only)",
          "submit: start process",
          "screening: complete task",
          "forum (app only)",
          "agenda: correlate message",
          "review: complete task",
          "ruling: complete task",
          "pilot plan: complete task",
          "pilot end: message + DMN",
          "pilot decision: complete, 7 tasks",
          "adoption DATA_READY (app only)",
          "adoption confirm: complete task",
          "last adoption: ends process",
          "whole lifecycle",
          "GET /api/me (HTTP + sign-in + caller, no engine)");

  private final Path jar;
  private final Path war;
  private final Path work;
  private final PrintStream out;
  private final int lifecycles;
  private final int warmup;
  private final long openTasks;
  private final long finished;
  private final HttpClient http = HttpClient.newHttpClient();

  private LifecycleBenchmark(Map<String, String> options) throws IOException {
    jar = Path.of(options.get("--jar"));
    war = Path.of(options.get("--war"));
    work = Path.of(options.getOrDefault("--work", "target/bench"));
    lifecycles = Integer.parseInt(options.getOrDefault("--lifecycles", "20"));
    warmup = Integer.parseInt(options.getOrDefault("--warmup", "5"));
    openTasks = Long.parseLong(options.getOrDefault("--open", "10000"));
    finished = Long.parseLong(options.getOrDefault("--finished", "100000"));
    Files.createDirectories(work);
    OutputStream file =
        Files.newOutputStream(
            work.resolve("results-" + options.getOrDefault("--only", "all") + ".txt"));
    out = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    new LifecycleBenchmark(options).run(options.getOrDefault("--only", "all"));
    System.exit(0);
  }

  private void run(String only) throws Exception {
    out.println("# ModelGate benchmark " + Instant.now());
    out.println(machine());
    Path libs = countingLibs();
    Path empty = emptyWar();
    if (only.equals("reads")) {
      readsOnExistingPopulation(libs);
      return;
    }
    if (only.equals("startup")) {
      // more alternating pairs on an existing schema, for the start-up ratio; the first start
      // creates the schema and is not counted
      recreate(APP_DB);
      stop(startAndWait(war, APP_PORT, libs, appEnv(), "startup-app-0"));
      out.println(
          "\n## Start-up to ready and resident memory (alternating runs, existing database)");
      out.println(
          "| run | WAR | database | start to ready (ms) | RSS at ready (MiB) | RSS after 20 s idle (MiB) |");
      out.println("|---|---|---|---|---|---|");
      for (int round = 1; round <= 3; round++) {
        Process e = startPayara(empty, EMPTY_PORT, libs, Map.of(), "startup-empty-" + round);
        measureStart(e, EMPTY_PORT, "/", round, "empty WAR", "-");
        stop(e);
        Process a = startPayara(war, APP_PORT, libs, appEnv(), "startup-app-" + round);
        measureStart(a, APP_PORT, "/health/ready", round, "modelgate.war", "existing");
        stop(a);
      }
      out.println("\ndone " + Instant.now());
      return;
    }
    recreate(APP_DB);
    recreate(RAW_DB);

    // 1. start-up and memory, alternating so that both see the same load
    out.println("\n## Start-up to ready and resident memory (alternating runs)");
    out.println(
        "| run | WAR | database | start to ready (ms) | RSS at ready (MiB) | RSS after 20 s idle (MiB) |");
    out.println("|---|---|---|---|---|---|");
    Process app = null;
    if (only.equals("smoke")) {
      app = startPayara(war, APP_PORT, libs, appEnv(), "app-smoke");
      measureStart(app, APP_PORT, "/health/ready", 0, "modelgate.war", "new (schema created)");
    }
    for (int round = 1; round <= (only.equals("smoke") ? 0 : 2); round++) {
      Process e = startPayara(empty, EMPTY_PORT, libs, Map.of(), "empty-" + round);
      measureStart(e, EMPTY_PORT, "/", round, "empty WAR", "-");
      stop(e);
      app = startPayara(war, APP_PORT, libs, appEnv(), "app-" + round);
      measureStart(
          app,
          APP_PORT,
          "/health/ready",
          round,
          "modelgate.war",
          round == 1 ? "new (schema created)" : "existing");
      if (round == 1) {
        stop(app);
      }
    }
    Api api = new Api("http://127.0.0.1:" + APP_PORT);
    Rest rest = new Rest(api, PG + APP_DB);

    // 2. transitions, REST against raw engine
    try (RawEngine raw =
        RawEngine.start("raw", "jdbc:counting:postgresql://127.0.0.1:5432/" + RAW_DB, true)) {
      out.printf(
          Locale.ROOT,
          "%nbackground SQL of the idle application: %.1f statements/s%n",
          idleStatementsPerSecond());
      for (int clients : new int[] {1, 2}) {
        compare(rest, raw, clients);
      }
    }

    // 3. a population, then the inbox and the dashboard against naive engine queries
    if (!only.equals("transitions")) {
      out.println("\n## Population (PopulationGenerator through the REST API)");
      PopulationGenerator.Result population =
          new PopulationGenerator(rest, 42).generate(openTasks, finished, 2);
      out.println(population);
      // what an operator does after a bulk load; without it (autovacuum off on the shared server)
      // the engine's group task query ran for seconds (docs/PERFORMANCE.md)
      try (Connection db = DriverManager.getConnection(PG + APP_DB, "postgres", "");
          Statement sql = db.createStatement()) {
        sql.execute("analyze");
      }
      readModels(api);
    }
    stop(app);
    out.println("\ndone " + Instant.now());
  }

  /**
   * The second part of a run whose population is already in {@code modelgate_bench_app}: the inbox
   * once on the statistics PostgreSQL has (none when autovacuum is off, as on the shared server),
   * then ANALYZE, the transitions with one client on the populated database, and the read table.
   */
  private void readsOnExistingPopulation(Path libs) throws Exception {
    Process app = startPayara(war, APP_PORT, libs, appEnv(), "app-reads");
    out.println("\n## Start of the application on the populated database");
    out.println(
        "| run | WAR | database | start to ready (ms) | RSS at ready (MiB) | RSS after 20 s idle (MiB) |");
    out.println("|---|---|---|---|---|---|");
    measureStart(app, APP_PORT, "/health/ready", 3, "modelgate.war", "populated");
    Api api = new Api("http://127.0.0.1:" + APP_PORT);
    Rest rest = new Rest(api, PG + APP_DB);
    try (Connection db = DriverManager.getConnection(PG + APP_DB, "postgres", "");
        Statement sql = db.createStatement()) {
      var stats =
          sql.executeQuery(
              "select coalesce(max(last_autoanalyze), max(last_analyze))::text from pg_stat_user_tables where relname = 'act_ru_task'");
      stats.next();
      out.println(
          "\nlast analyze of act_ru_task before this run: "
              + stats.getString(1)
              + "; autovacuum "
              + setting(sql, "autovacuum"));
      long t0 = System.nanoTime();
      int rows =
          api.expect(200, "staff", "GET", "api/tasks", null).structure().asJsonArray().size();
      out.printf(
          Locale.ROOT,
          "GET /api/tasks as staff without table statistics: %.0f ms (%d tasks)%n",
          (System.nanoTime() - t0) / 1e6,
          rows);
      t0 = System.nanoTime();
      sql.execute("analyze");
      out.printf(
          Locale.ROOT, "ANALYZE of the whole database: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    }
    try (RawEngine raw =
        RawEngine.start("raw", "jdbc:counting:postgresql://127.0.0.1:5432/" + RAW_DB, true)) {
      compare(rest, raw, 1);
    }
    readModels(api);
    stop(app);
    out.println("\ndone " + Instant.now());
  }

  private Process startAndWait(
      Path deployment, int port, Path libs, Map<String, String> env, String name) throws Exception {
    Process process = startPayara(deployment, port, libs, env, name);
    Api probe = new Api("http://127.0.0.1:" + port);
    long t0 = System.nanoTime();
    while (probe.status("health/ready") != 200) {
      if (!process.isAlive() || System.nanoTime() - t0 > Duration.ofMinutes(4).toNanos()) {
        throw new IllegalStateException(name + " did not become ready; see " + work);
      }
      Thread.sleep(200);
    }
    return process;
  }

  private static String setting(Statement sql, String name) throws java.sql.SQLException {
    try (var row = sql.executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  // ---------------------------------------------------------------- transitions

  private void compare(Rest rest, RawEngine raw, int clients) throws Exception {
    Map<String, Samples> restSamples = new LinkedHashMap<>();
    Map<String, Samples> rawSamples = new LinkedHashMap<>();
    for (String step : STEPS) {
      restSamples.put(step, new Samples());
      rawSamples.put(step, new Samples());
    }
    boolean countSql = clients == 1;
    // warm-up, not recorded
    runBlock(clients, warmup, k -> restLifecycle(rest, null, false));
    runBlock(
        clients,
        warmup,
        k -> rawLifecycle(raw, "w" + clients + "-" + k + "-" + System.nanoTime(), null, false));
    long restWall = 0;
    long rawWall = 0;
    int blocks = 4;
    int perBlock = Math.max(1, lifecycles / blocks / clients);
    for (int b = 0; b < blocks; b++) {
      restWall += runBlock(clients, perBlock, k -> restLifecycle(rest, restSamples, countSql));
      int block = b;
      rawWall +=
          runBlock(
              clients,
              perBlock,
              k ->
                  rawLifecycle(
                      raw,
                      "c" + clients + "-" + block + "-" + k + "-" + System.nanoTime(),
                      rawSamples,
                      countSql));
    }
    int done = blocks * perBlock * clients;
    out.printf(
        Locale.ROOT, "%n## Transitions with %d client(s): %d lifecycles per side%n", clients, done);
    out.println(
        "| transition | REST p50 | p95 | p99 | raw p50 | p95 | p99 | ratio p50 | ratio p95 |"
            + (countSql ? " SQL REST | SQL raw | extra | round trips REST / raw |" : ""));
    out.println("|---|---|---|---|---|---|---|---|---|" + (countSql ? "---|---|---|---|" : ""));
    for (String step : STEPS) {
      Samples a = restSamples.get(step);
      Samples r = rawSamples.get(step);
      boolean twin = r.count() > 0;
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |",
                  step,
                  a.percentileMillis(50),
                  a.percentileMillis(95),
                  a.percentileMillis(99),
                  twin ? fmt(r.percentileMillis(50)) : "–",
                  twin ? fmt(r.percentileMillis(95)) : "–",
                  twin ? fmt(r.percentileMillis(99)) : "–",
                  twin
                      ? String.format(
                          Locale.ROOT, "%.2f×", a.percentileMillis(50) / r.percentileMillis(50))
                      : "–",
                  twin
                      ? String.format(
                          Locale.ROOT, "%.2f×", a.percentileMillis(95) / r.percentileMillis(95))
                      : "–"));
      if (countSql) {
        line.append(
            String.format(
                Locale.ROOT,
                " %.0f | %s | %s | %.0f / %s |",
                a.medianStatements(),
                twin ? String.format(Locale.ROOT, "%.0f", r.medianStatements()) : "–",
                twin
                    ? String.format(
                        Locale.ROOT, "%+.0f", a.medianStatements() - r.medianStatements())
                    : "–",
                a.medianRoundTrips(),
                twin ? String.format(Locale.ROOT, "%.0f", r.medianRoundTrips()) : "–"));
      }
      out.println(line);
    }
    out.printf(
        Locale.ROOT,
        "throughput with %d client(s): REST %.2f lifecycles/s (%.1f API calls/s), raw %.2f lifecycles/s; ratio %.2f×%n",
        clients,
        done / (restWall / 1e9),
        done * 24 / (restWall / 1e9),
        done / (rawWall / 1e9),
        (done / (rawWall / 1e9)) / (done / (restWall / 1e9)));
  }

  private static String fmt(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  interface Lifecycle {
    void run(int k) throws Exception;
  }

  /** Runs {@code perClient} lifecycles on each of {@code clients} threads; the wall time in ns. */
  private long runBlock(int clients, int perClient, Lifecycle lifecycle) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger seq = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perClient; i++) {
                  lifecycle.run(seq.incrementAndGet());
                }
                return null;
              }));
    }
    long begin = System.nanoTime();
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    long wall = System.nanoTime() - begin;
    pool.shutdown();
    return wall;
  }

  /** Times one step; SQL deltas only when a single client runs (the counters are global). */
  private void step(
      Map<String, Samples> samples, String name, boolean countSql, boolean app, Runnable action) {
    long[] before = countSql ? counters(app) : null;
    long t0 = System.nanoTime();
    action.run();
    long elapsed = System.nanoTime() - t0;
    if (samples != null) {
      samples.get(name).add(elapsed);
      if (countSql) {
        long[] after = counters(app);
        samples.get(name).addSql(after[0] - before[0], after[1] - before[1]);
      }
    }
  }

  private void restLifecycle(Rest rest, Map<String, Samples> s, boolean sql) {
    long t0 = System.nanoTime();
    long[] id = new long[1];
    long[] forum = new long[1];
    step(
        s,
        STEPS.get(0),
        sql,
        true,
        () -> id[0] = rest.draft("creator", "基准测试模型", rest.supervisionPoints.get(0)));
    step(s, STEPS.get(1), sql, true, () -> rest.submit("creator", id[0]));
    step(s, STEPS.get(2), sql, true, () -> rest.screen(id[0], "ACCEPT"));
    step(s, STEPS.get(3), sql, true, () -> forum[0] = rest.forum(false));
    step(s, STEPS.get(4), sql, true, () -> rest.agenda(forum[0], id[0]));
    step(s, STEPS.get(5), sql, true, () -> rest.review("guest-reviewer", id[0], 4));
    step(s, STEPS.get(6), sql, true, () -> rest.ruling(id[0], "GO"));
    step(s, STEPS.get(7), sql, true, () -> rest.plan(id[0]));
    step(s, STEPS.get(8), sql, true, () -> rest.endPilot(id[0]));
    step(s, STEPS.get(9), sql, true, () -> rest.decide(id[0], "ADOPT"));
    List<Long> units =
        rest.unitIds.entrySet().stream()
            .filter(e -> List.of("GD", "JD", "JX", "JXI", "LX", "NG", "XZ").contains(e.getKey()))
            .map(Map.Entry::getValue)
            .sorted()
            .toList();
    for (int u = 0; u < units.size(); u++) {
      long unit = units.get(u);
      step(s, STEPS.get(10), sql, true, () -> rest.report(id[0], unit, "DATA_READY"));
      step(
          s,
          STEPS.get(u < units.size() - 1 ? 11 : 12),
          sql,
          true,
          () -> rest.report(id[0], unit, "RUNNING"));
    }
    if (s != null) {
      s.get(STEPS.get(13)).add(System.nanoTime() - t0);
    }
    step(s, STEPS.get(14), sql, true, () -> rest.api.expect(200, "creator", "GET", "api/me", null));
  }

  private void rawLifecycle(RawEngine raw, String key, Map<String, Samples> s, boolean sql) {
    long t0 = System.nanoTime();
    step(s, STEPS.get(1), sql, false, () -> raw.submit(key));
    step(s, STEPS.get(2), sql, false, () -> raw.screen(key));
    step(s, STEPS.get(4), sql, false, () -> raw.agenda(key));
    step(s, STEPS.get(5), sql, false, () -> raw.review(key));
    step(s, STEPS.get(6), sql, false, () -> raw.ruling(key));
    step(s, STEPS.get(7), sql, false, () -> raw.plan(key));
    step(s, STEPS.get(8), sql, false, () -> raw.endPilot(key));
    step(s, STEPS.get(9), sql, false, () -> raw.decide(key));
    for (int u = 0; u < 7; u++) {
      step(s, STEPS.get(u < 6 ? 11 : 12), sql, false, () -> raw.confirmAdoption(key));
    }
    if (s != null) {
      s.get(STEPS.get(13)).add(System.nanoTime() - t0);
    }
  }

  /**
   * {statements, round trips, commits}: the application's from its server, the raw engine's here.
   */
  private long[] counters(boolean app) {
    if (!app) {
      return new long[] {
        CountingDriver.STATEMENTS.get(),
        CountingDriver.ROUND_TRIPS.get(),
        CountingDriver.COMMITS.get()
      };
    }
    try {
      String[] parts =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + COUNTER_PORT + "/"))
                      .build(),
                  BodyHandlers.ofString())
              .body()
              .trim()
              .split(" ");
      return new long[] {
        Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])
      };
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("statement counter of the server unreadable", e);
    }
  }

  private double idleStatementsPerSecond() throws InterruptedException {
    long[] before = counters(true);
    Thread.sleep(20_000);
    long[] after = counters(true);
    return (after[0] - before[0]) / 20.0;
  }

  // ---------------------------------------------------------------- read models

  private void readModels(Api api) throws Exception {
    try (RawEngine reader =
        RawEngine.start("reader", "jdbc:counting:postgresql://127.0.0.1:5432/" + APP_DB, false)) {
      ProcessEngine engine = reader.engine;
      long tasks = engine.getTaskService().createTaskQuery().count();
      long staffTasks =
          engine.getTaskService().createTaskQuery().taskCandidateGroup("staff").count();
      long ended =
          engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
      long all = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
      out.printf(
          Locale.ROOT,
          "%nin the database: %d open tasks (%d offered to staff), %d process instances, %d finished%n",
          tasks,
          staffTasks,
          all,
          ended);
      out.println(
          "\n## Inbox and dashboard against naive engine queries (10 runs each after 3 warm-up)");
      out.println("| query | p50 (ms) | p95 (ms) | SQL statements | rows/answer |");
      out.println("|---|---|---|---|---|");
      timeRead(
          "GET /api/tasks as staff (application, first 500 by age)",
          true,
          () ->
              api.expect(200, "staff", "GET", "api/tasks", null).structure().asJsonArray().size());
      timeRead(
          "naive inbox: TaskQuery candidateGroup staff, all, + modelId variable per task",
          false,
          () -> naiveInbox(engine, Integer.MAX_VALUE));
      timeRead(
          "naive inbox, first 500 only: TaskQuery page + modelId variable per task",
          false,
          () -> naiveInbox(engine, 500));
      // the V7 index, taken away for a moment on the same data to show what it buys
      try (Connection db = DriverManager.getConnection(PG + APP_DB, "postgres", "");
          Statement sql = db.createStatement()) {
        sql.execute("drop index ix_model_process_instance");
        sql.execute("analyze mg_supervision_model");
        timeRead(
            "GET /api/tasks as staff, WITHOUT index ix_model_process_instance (V7)",
            true,
            () ->
                api.expect(200, "staff", "GET", "api/tasks", null)
                    .structure()
                    .asJsonArray()
                    .size());
        timeRead(
            "GET /api/dashboard as leader, WITHOUT index ix_model_process_instance (V7)",
            true,
            () -> api.expect(200, "leader", "GET", "api/dashboard", null).body().length());
        sql.execute(
            "create index ix_model_process_instance on mg_supervision_model (process_instance_id)");
        sql.execute("analyze mg_supervision_model");
      }
      timeRead(
          "GET /api/dashboard as leader (application, city-wide)",
          true,
          () -> api.expect(200, "leader", "GET", "api/dashboard", null).body().length());
      timeRead(
          "naive dashboard: models per stage from HistoryService (instances + unfinished activities)",
          false,
          () -> naiveDashboard(engine));
      timeRead(
          "naive dashboard, counts only: HistoricProcessInstanceQuery count per end event",
          false,
          () -> naiveDashboardCounts(engine));
    }
  }

  interface Read {
    int run() throws Exception;
  }

  private void timeRead(String name, boolean app, Read read) throws Exception {
    Samples samples = new Samples();
    int rows = 0;
    for (int i = 0; i < 13; i++) {
      long[] before = counters(app);
      long t0 = System.nanoTime();
      rows = read.run();
      long elapsed = System.nanoTime() - t0;
      long[] after = counters(app);
      if (i >= 3) {
        samples.add(elapsed);
        samples.addSql(after[0] - before[0], after[1] - before[1]);
      }
    }
    out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.0f | %d |%n",
        name,
        samples.percentileMillis(50),
        samples.percentileMillis(95),
        samples.medianStatements(),
        rows);
  }

  private static int naiveInbox(ProcessEngine engine, int max) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroup("staff")
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, max);
    Map<String, Object> models = new HashMap<>();
    for (Task task : tasks) {
      models.put(
          task.getId(),
          engine
              .getRuntimeService()
              .getVariable(task.getProcessInstanceId(), ModelLifecycle.VAR_MODEL_ID));
    }
    return models.size();
  }

  private static int naiveDashboard(ProcessEngine engine) {
    Map<String, Long> byStage = new HashMap<>();
    int first = 0;
    while (true) {
      List<HistoricProcessInstance> page =
          engine
              .getHistoryService()
              .createHistoricProcessInstanceQuery()
              .orderByProcessInstanceId()
              .asc()
              .listPage(first, 10_000);
      for (HistoricProcessInstance instance : page) {
        if (instance.getEndTime() != null) {
          byStage.merge(String.valueOf(instance.getEndActivityId()), 1L, Long::sum);
        }
      }
      if (page.size() < 10_000) {
        break;
      }
      first += page.size();
    }
    first = 0;
    while (true) {
      List<HistoricActivityInstance> page =
          engine
              .getHistoryService()
              .createHistoricActivityInstanceQuery()
              .unfinished()
              .orderByActivityId()
              .asc()
              .listPage(first, 10_000);
      for (HistoricActivityInstance activity : page) {
        byStage.merge(activity.getActivityId(), 1L, Long::sum);
      }
      if (page.size() < 10_000) {
        break;
      }
      first += page.size();
    }
    return byStage.size();
  }

  private static int naiveDashboardCounts(ProcessEngine engine) {
    List<String> ends =
        List.of(
            ModelLifecycle.END_PROPOSAL_REJECTED,
            ModelLifecycle.END_MODEL_ON_HOLD,
            ModelLifecycle.END_MODEL_KILLED,
            ModelLifecycle.END_PILOT_ON_HOLD,
            ModelLifecycle.END_MODEL_ADOPTED,
            ModelLifecycle.END_MODEL_WITHDRAWN);
    long total = 0;
    for (String end : ends) {
      total +=
          engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(end).count();
    }
    for (String wait :
        List.of(
            ModelLifecycle.TASK_SCREEN_PROPOSAL,
            ModelLifecycle.RECEIVE_TASK_AWAIT_FORUM,
            ModelLifecycle.TASK_SUBMIT_REVIEW,
            ModelLifecycle.TASK_RULE_ON_MODEL,
            ModelLifecycle.TASK_PLAN_PILOT,
            ModelLifecycle.RECEIVE_TASK_PILOT_RUNNING,
            ModelLifecycle.TASK_DECIDE_ON_PILOT,
            ModelLifecycle.TASK_CONFIRM_ADOPTION)) {
      total += engine.getRuntimeService().createProcessInstanceQuery().activityIdIn(wait).count();
    }
    return (int) total;
  }

  // ---------------------------------------------------------------- Payara Micro

  private Map<String, String> appEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("MODELGATE_DB_URL", "jdbc:counting:postgresql://127.0.0.1:5432/" + APP_DB);
    env.put("MODELGATE_DB_USER", "postgres");
    env.put("MODELGATE_DB_PASSWORD", "");
    env.put("MODELGATE_DEMO_DATA", "true");
    // the generator spreads thousands of models over few supervision points
    env.put("MODELGATE_HOMOGENEITY_CAP", "1000000");
    return env;
  }

  private Process startPayara(
      Path deployment, int port, Path libs, Map<String, String> env, String name)
      throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Dcountingjdbc.port=" + COUNTER_PORT,
            "-jar",
            jar.toString(),
            "--deploy",
            deployment.toString(),
            "--contextroot",
            "/",
            "--nocluster",
            "--port",
            String.valueOf(port),
            "--addlibs",
            libs.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(work.resolve(name + ".log").toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  private void measureStart(
      Process process, int port, String ready, int round, String what, String db) throws Exception {
    long t0 = System.nanoTime();
    Api probe = new Api("http://127.0.0.1:" + port);
    while (probe.status(ready.substring(1)) != 200) {
      if (!process.isAlive()) {
        throw new IllegalStateException(what + " died during start; see " + work);
      }
      if (System.nanoTime() - t0 > Duration.ofMinutes(4).toNanos()) {
        throw new IllegalStateException(what + " not ready after 4 minutes");
      }
      Thread.sleep(100);
    }
    // ProcessBuilder.start() returns once the JVM is forked; the JVM's own start is included
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long rss = rssMiB(process.pid());
    Thread.sleep(20_000);
    out.printf(
        Locale.ROOT,
        "| %d | %s | %s | %d | %d | %d |%n",
        round,
        what,
        db,
        millis,
        rss,
        rssMiB(process.pid()));
  }

  private static long rssMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  private static void stop(Process process) throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** The counting driver and the PostgreSQL driver it wraps, for Payara Micro's --addlibs. */
  private Path countingLibs() throws IOException {
    Path libs = work.resolve("libs");
    Files.createDirectories(libs);
    try (JarOutputStream jarOut =
        new JarOutputStream(Files.newOutputStream(libs.resolve("counting-jdbc.jar")))) {
      jarOut.putNextEntry(new JarEntry("org/modelgate/bench/CountingDriver.class"));
      try (var in = CountingDriver.class.getResourceAsStream("CountingDriver.class")) {
        in.transferTo(jarOut);
      }
      jarOut.putNextEntry(new JarEntry("META-INF/services/java.sql.Driver"));
      jarOut.write((CountingDriver.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path postgres =
        Path.of(
            org.postgresql.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
    Files.copy(
        postgres,
        libs.resolve(postgres.getFileName()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return libs;
  }

  /** A WAR with one static page: what Payara Micro costs before any application. */
  private Path emptyWar() throws IOException {
    Path empty = work.resolve("empty.war");
    try (JarOutputStream warOut = new JarOutputStream(Files.newOutputStream(empty))) {
      warOut.putNextEntry(new JarEntry("index.html"));
      warOut.write("<!doctype html><title>empty</title>".getBytes(StandardCharsets.UTF_8));
      warOut.putNextEntry(new JarEntry("WEB-INF/web.xml"));
      warOut.write(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.1"/>
          """
              .getBytes(StandardCharsets.UTF_8));
    }
    return empty;
  }

  private static void recreate(String database) throws Exception {
    try (Connection db = DriverManager.getConnection(PG + "postgres", "postgres", "");
        Statement sql = db.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute("create database " + database);
    }
  }

  private static String machine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .orElse("?");
    return String.format(
        Locale.ROOT,
        "machine: %s, %d cores, %s; java %s; load average at start %s",
        cpu.replaceFirst("model name\\s*:\\s*", ""),
        Runtime.getRuntime().availableProcessors(),
        Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "),
        System.getProperty("java.version"),
        Files.readString(Path.of("/proc/loadavg")).trim());
  }

  /** Writes the report to the console and to results.txt. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
