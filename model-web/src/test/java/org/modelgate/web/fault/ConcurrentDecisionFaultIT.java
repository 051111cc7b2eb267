package org.modelgate.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.modelgate.web.ApiClient;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * Two decisions on the same task at the same moment, many times over: the screening of a submitted
 * model, once as ACCEPT and once as RETURN, released together by a barrier from two clients with
 * connections of their own. Each round exactly one must win (2xx) and the other get 409; the model
 * must end in the winner's stage with the screening task completed once and the next stage started
 * once, and nothing of the loser — not even its comment — may remain.
 */
class ConcurrentDecisionFaultIT {

  @RegisterExtension static final FaultEnvironment ENVIRONMENT = new FaultEnvironment();

  private static final int ROUNDS = Integer.getInteger("fault.rounds", 200);
  private static final String ACCEPT = "{\"outcome\":\"ACCEPT\"}";
  private static final String RETURN = "{\"outcome\":\"RETURN\",\"comment\":\"请补充数据来源说明\"}";

  record Round(long modelId, int acceptStatus, int returnStatus) {
    String winner() {
      return acceptStatus == 200 ? "ACCEPT" : "RETURN";
    }
  }

  @Test
  void shouldLetExactlyOneOfTwoSimultaneousScreeningsWinInEveryRound() throws Exception {
    var running = ENVIRONMENT.get();
    FaultDatabase db = running.database();
    ModelDriver driver = running.driver();

    // given: one submitted model per round, made by two clients in parallel
    long preparing = System.nanoTime();
    List<Long> models = new ArrayList<>();
    try (ExecutorService makers = Executors.newFixedThreadPool(2)) {
      List<Future<Long>> made = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        String title = "并发初审模型" + i;
        made.add(makers.submit(() -> driver.submitted(title)));
      }
      for (Future<Long> model : made) {
        models.add(model.get());
      }
    }
    long preparedMillis = (System.nanoTime() - preparing) / 1_000_000;

    // when: two screenings of each model are released together
    ApiClient first = driver.as("staff");
    ApiClient second = driver.as("staff");
    List<Round> rounds = new ArrayList<>();
    long racing = System.nanoTime();
    try (ExecutorService pair = Executors.newFixedThreadPool(2)) {
      for (long id : models) {
        CyclicBarrier start = new CyclicBarrier(2);
        String path = "api/models/" + id + "/screening";
        Future<ApiClient.Reply> accept =
            pair.submit(
                () -> {
                  start.await();
                  return first.post(path, ACCEPT);
                });
        Future<ApiClient.Reply> giveBack =
            pair.submit(
                () -> {
                  start.await();
                  return second.post(path, RETURN);
                });
        var accepted = accept.get();
        var returned = giveBack.get();
        rounds.add(new Round(id, accepted.status(), returned.status()));
        // then: one wins, the other is told of the conflict
        assertThat(List.of(accepted.status(), returned.status()))
            .as("round for model %d: %s / %s", id, accepted.body(), returned.body())
            .containsExactlyInAnyOrder(200, 409);
        var lost = accepted.status() == 409 ? accepted : returned;
        assertThat(lost.contentType()).startsWith("application/problem+json");
      }
    }
    long racedMillis = (System.nanoTime() - racing) / 1_000_000;

    // and: the database shows exactly the winner's effects, once
    for (Round round : rounds) {
      assertWinnerTookEffectOnce(db, round);
    }
    Map<String, Integer> wins = new TreeMap<>();
    rounds.forEach(round -> wins.merge(round.winner(), 1, Integer::sum));
    FaultReport.record(
        ROUNDS
            + " rounds of two simultaneous screenings: every round one 200 and one 409; wins "
            + wins
            + "; "
            + ROUNDS
            + " models prepared in "
            + preparedMillis
            + " ms, rounds raced in "
            + racedMillis
            + " ms");
  }

  private static void assertWinnerTookEffectOnce(FaultDatabase db, Round round) throws Exception {
    long id = round.modelId();
    String instance =
        db.string("select process_instance_id from mg_supervision_model where id = ?", id);
    String described = "model " + id + " won by " + round.winner();
    assertThat(
            db.count(
                "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?",
                instance,
                ModelLifecycle.TASK_SCREEN_PROPOSAL))
        .as(described)
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
                instance,
                ModelLifecycle.TASK_SCREEN_PROPOSAL))
        .as(described)
        .isZero();
    assertThat(
            db.count(
                "select count(*) from mg_audit_entry where model_id = ? and action = 'SCREEN'"
                    + " and outcome <> 'DENIED'",
                id))
        .as(described)
        .isEqualTo(1);
    String stage = db.string("select stage from mg_supervision_model where id = ?", id);
    long comments = db.count("select count(*) from mg_comment where model_id = ?", id);
    long revisions =
        db.count(
            "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?",
            instance,
            ModelLifecycle.TASK_REVISE_PROPOSAL);
    long waits =
        db.count(
            "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?",
            instance,
            ModelLifecycle.RECEIVE_TASK_AWAIT_FORUM);
    long slaTimers =
        db.count(
            "select count(*) from act_ru_job where process_instance_id_ = ? and handler_cfg_ like ?",
            instance,
            ModelLifecycle.BOUNDARY_FORUM_SLA_EXCEEDED + "%");
    if (round.winner().equals("ACCEPT")) {
      assertThat(List.of(stage, comments, revisions, waits, slaTimers))
          .as(described + ": stage, comments, revision tasks, forum waits, SLA timers")
          .containsExactly("AWAITING_FORUM", 0L, 0L, 1L, 1L);
    } else {
      assertThat(List.of(stage, comments, revisions, waits, slaTimers))
          .as(described + ": stage, comments, revision tasks, forum waits, SLA timers")
          .containsExactly("REVISION", 1L, 1L, 0L, 0L);
    }
  }
}
