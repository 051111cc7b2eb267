package org.modelgate.web.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.modelgate.web.ApiClient;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * {@code kill -9} of the server while a forum ruling is in flight, once before and once right after
 * its commit. The kill point before the commit is made deterministic from outside the application:
 * the test holds an exclusive lock on {@code act_ru_task}, so the ruling's transaction stops in the
 * middle of the engine's flush — after the decision record and the audit entry were written in the
 * same transaction — and the server is killed while it waits there. After the restart the ruling
 * must be absent with its task open, or present exactly once; a retry with the same {@code
 * Idempotency-Key} must act exactly once in both cases. The restart after the second kill also
 * serves the timer check: timers that fell due while the server was dead fire once after restart.
 */
class KillDuringDecisionFaultIT {

  @RegisterExtension static final FaultEnvironment ENVIRONMENT = new FaultEnvironment();

  private static final String GO = "{\"outcome\":\"GO\"}";

  @Test
  void shouldLeaveTheTaskOpenAndActOnceOnRetryWhenKilledBeforeTheRulingCommits() throws Exception {
    var running = ENVIRONMENT.get();
    FaultDatabase db = running.database();
    ModelDriver driver = running.driver();
    long id = driver.awaitingRuling("提交前被终止的裁决", driver.forum());
    String instance = driver.processInstance(id);
    String stageBefore = stageInDatabase(db, id);
    String key = "fault-before-commit-" + UUID.randomUUID();
    ApiClient leader = driver.as("leader");

    CompletableFuture<ApiClient.Reply> inFlight;
    long backend;
    try (Connection blocker = db.connect()) {
      blocker.setAutoCommit(false);
      try (Statement lock = blocker.createStatement()) {
        // SELECTs (ACCESS SHARE) still pass: the server stays ready; only writes to tasks wait
        lock.execute("lock table act_ru_task in exclusive mode");
      }
      // when: the ruling runs until it waits for our lock, and the server is killed there
      inFlight =
          CompletableFuture.supplyAsync(
              () -> leader.postIdempotent("api/models/" + id + "/ruling", GO, key));
      backend =
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> blockedTaskWrite(db), pid -> pid > 0);
      // the blocked transaction has already written the decision record and its audit entry
      for (String written :
          new String[] {"mg_decision", "mg_audit_entry", "mg_idempotency_record"}) {
        assertThat(
                db.count(
                    "select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                        + " where l.pid = ? and c.relname = ? and l.mode = 'RowExclusiveLock'",
                    (int) backend,
                    written))
            .as("the killed transaction has written to %s", written)
            .isEqualTo(1);
      }
      running.server().kill();
      blocker.rollback();
    }
    // PostgreSQL ends the orphaned transaction when its backend finds the client gone
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                db.count("select count(*) from pg_stat_activity where pid = ?", (int) backend)
                    == 0);
    assertThat(inFlight)
        .as("the client never got an answer, let alone a 2xx")
        .failsWithin(30, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class);

    // then: nothing of the ruling was committed
    assertThat(decisions(db, id)).isZero();
    assertThat(openTasks(db, instance, ModelLifecycle.TASK_RULE_ON_MODEL)).isEqualTo(1);
    assertThat(openTasks(db, instance, ModelLifecycle.TASK_PLAN_PILOT)).isZero();
    assertThat(stageInDatabase(db, id)).isEqualTo(stageBefore);
    assertThat(db.count("select count(*) from mg_idempotency_record where idem_key = ?", key))
        .isZero();

    // and: after the restart the client's retry with the same key acts, exactly once
    var restart = running.server().start();
    var retried = leader.postIdempotent("api/models/" + id + "/ruling", GO, key);
    assertThat(retried.status()).as(retried.body()).isEqualTo(201);
    assertThat(retried.raw().headers().firstValue("Idempotency-Replayed")).isEmpty();
    var again = leader.postIdempotent("api/models/" + id + "/ruling", GO, key);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.raw().headers().firstValue("Idempotency-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(retried.body());
    assertRuledOnce(db, id, instance);
    FaultReport.record(
        "kill before commit: blocked in the engine flush (act_ru_task) after the decision and audit writes, killed, rolled back; restart to ready "
            + restart.toMillis()
            + " ms; retry with the same key 201 once, replayed after");
  }

  @Test
  void shouldKeepARulingAnsweredRightBeforeAKillOnceAndFireTimersDueWhileDownOnce()
      throws Exception {
    var running = ENVIRONMENT.get();
    FaultDatabase db = running.database();
    ModelDriver driver = running.driver();
    long forum = driver.forum();
    long id = driver.awaitingRuling("提交后被终止的裁决", forum);
    String instance = driver.processInstance(id);
    // models whose timers will fall due while the server is dead
    List<String> waitingForForum = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      waitingForForum.add(driver.processInstance(driver.awaitingForum("超期待论证模型" + i)));
    }
    long piloted = driver.inPilot("停机期间试点到期模型", forum);
    String pilot = driver.processInstance(piloted);
    String key = "fault-after-commit-" + UUID.randomUUID();
    ApiClient leader = driver.as("leader");

    // when: the ruling answers 2xx and the server is killed at once
    var ruled = leader.postIdempotent("api/models/" + id + "/ruling", GO, key);
    long answered = System.nanoTime();
    Duration dying = running.server().kill();
    long signalledAfterMicros = (System.nanoTime() - answered - dying.toNanos()) / 1_000;
    assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);

    // then: what was answered 2xx is in the database, once, with the next stage started once
    assertRuledOnce(db, id, instance);

    // and while the server is dead, the forum SLAs run out and the pilot reaches its end date
    Timestamp past = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
    for (String waiting : waitingForForum) {
      assertThat(dueNow(db, waiting, ModelLifecycle.BOUNDARY_FORUM_SLA_EXCEEDED, past))
          .isEqualTo(1);
    }
    assertThat(dueNow(db, pilot, ModelLifecycle.BOUNDARY_PILOT_END, past)).isEqualTo(1);

    var restart = running.server().start();
    long restarted = System.nanoTime();
    assertThat(driver.stage(id)).isEqualTo("PILOT_PLANNING");
    var retried = leader.postIdempotent("api/models/" + id + "/ruling", GO, key);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.raw().headers().firstValue("Idempotency-Replayed")).contains("true");
    assertThat(retried.body()).isEqualTo(ruled.body());
    var withoutKey = leader.post("api/models/" + id + "/ruling", GO);
    assertThat(withoutKey.status()).isEqualTo(409);
    assertRuledOnce(db, id, instance);

    // and every overdue timer fires after the restart, then its job is gone: it fired once
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                pendingTimers(db, pilot, ModelLifecycle.BOUNDARY_PILOT_END)
                        + waitingForForum.stream()
                            .mapToLong(
                                waiting ->
                                    pendingTimers(
                                        db, waiting, ModelLifecycle.BOUNDARY_FORUM_SLA_EXCEEDED))
                            .sum()
                    == 0);
    long firedAfterMillis = (System.nanoTime() - restarted) / 1_000_000;
    // the escalation runs after an asynchronous continuation: wait for its job too
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              for (String waiting : waitingForForum) {
                if (activities(db, waiting, ModelLifecycle.SERVICE_TASK_ESCALATE_FORUM_SLA) < 1) {
                  return false;
                }
              }
              return true;
            });
    for (String waiting : waitingForForum) {
      assertThat(activities(db, waiting, ModelLifecycle.BOUNDARY_FORUM_SLA_EXCEEDED)).isEqualTo(1);
      assertThat(activities(db, waiting, ModelLifecycle.SERVICE_TASK_ESCALATE_FORUM_SLA))
          .isEqualTo(1);
      assertThat(
              db.count(
                  "select count(*) from mg_audit_entry a join mg_supervision_model m on m.id = a.model_id"
                      + " where m.process_instance_id = ? and a.action = 'FORUM_SLA_EXCEEDED'",
                  waiting))
          .isEqualTo(1);
      // the escalation does not interrupt the wait for a forum
      assertThat(
              db.string(
                  "select stage from mg_supervision_model where process_instance_id = ?", waiting))
          .isEqualTo("AWAITING_FORUM");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> openTasks(db, pilot, ModelLifecycle.TASK_DECIDE_ON_PILOT) == 1);
    assertThat(activities(db, pilot, ModelLifecycle.BOUNDARY_PILOT_END)).isEqualTo(1);
    assertThat(activities(db, pilot, ModelLifecycle.SERVICE_TASK_COLLECT_FUNNEL)).isEqualTo(1);
    assertThat(stageInDatabase(db, piloted)).isEqualTo("EVALUATION");
    FaultReport.record(
        "kill after commit: SIGKILL sent "
            + signalledAfterMicros
            + " µs after the 201 arrived, process gone after "
            + dying.toMillis()
            + " ms; restart to ready "
            + restart.toMillis()
            + " ms; decision present once, retry replayed, plain retry 409; 4 timers due while down"
            + " fired once each, all within "
            + firedAfterMillis
            + " ms of ready");
  }

  /** Moves the timer job of {@code boundaryEvent} in {@code instance} to {@code when}. */
  private static int dueNow(FaultDatabase db, String instance, String boundaryEvent, Timestamp when)
      throws Exception {
    return db.update(
        "update act_ru_job set duedate_ = ? where process_instance_id_ = ? and handler_cfg_ like ?",
        when,
        instance,
        boundaryEvent + "%");
  }

  private static long pendingTimers(FaultDatabase db, String instance, String boundaryEvent) {
    try {
      return db.count(
          "select count(*) from act_ru_job where process_instance_id_ = ? and handler_cfg_ like ?",
          instance,
          boundaryEvent + "%");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long activities(FaultDatabase db, String instance, String activityId)
      throws Exception {
    return db.count(
        "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?",
        instance,
        activityId);
  }

  /** The ruling's decision, audit entry and completed task exist once; the pilot plan task once. */
  private static void assertRuledOnce(FaultDatabase db, long id, String instance) throws Exception {
    assertThat(decisions(db, id)).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from mg_audit_entry where model_id = ? and action = 'RULING'"
                    + " and outcome <> 'DENIED'",
                id))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?"
                    + " and end_time_ is not null",
                instance,
                ModelLifecycle.TASK_RULE_ON_MODEL))
        .isEqualTo(1);
    assertThat(openTasks(db, instance, ModelLifecycle.TASK_RULE_ON_MODEL)).isZero();
    assertThat(openTasks(db, instance, ModelLifecycle.TASK_PLAN_PILOT)).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?",
                instance,
                ModelLifecycle.TASK_PLAN_PILOT))
        .isEqualTo(1);
    assertThat(stageInDatabase(db, id)).isEqualTo("PILOT_PLANNING");
  }

  /** The backend of the server's ruling while it waits for our lock on act_ru_task, else 0. */
  private static long blockedTaskWrite(FaultDatabase db) throws Exception {
    try (Connection connection = db.connect();
        var statement =
            FaultDatabase.prepare(
                connection,
                "select pid from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query ilike '%act_ru_task%'");
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  static long decisions(FaultDatabase db, long id) throws Exception {
    return db.count("select count(*) from mg_decision where model_id = ?", id);
  }

  static long openTasks(FaultDatabase db, String instance, String taskKey) throws Exception {
    return db.count(
        "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
        instance,
        taskKey);
  }

  static String stageInDatabase(FaultDatabase db, long id) throws Exception {
    return db.string("select stage from mg_supervision_model where id = ?", id);
  }
}
