package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops and starts the server on the same H2 file: committed data survives, demo data is not loaded
 * twice, an unchanged process is not deployed as a new version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

  private static final String APP = "modelgate";
  private static final URI BASE = URI.create("http://localhost:28080/");

  @Deployment(name = APP, managed = false, testable = false)
  @TargetsContainer("payara-micro-fixed-port")
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void shouldKeepDataAndAddNoDemoRowsOrProcessVersionsAcrossARestart() throws Exception {
    long id;
    long users;
    long units;
    long definitions;
    deployer.deploy(APP);
    try {
      var creator = ApiClient.as(BASE, "creator");
      var created = creator.post("api/models", FoundationIT.draft("重启验证模型"));
      id = created.json().getJsonNumber("id").longValue();
      assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
      users = TestDatabase.count("select count(*) from mg_user");
      units = TestDatabase.count("select count(*) from mg_unit");
      definitions =
          TestDatabase.count("select count(*) from act_re_procdef where key_ = 'ModelLifecycle'");
    } finally {
      deployer.undeploy(APP);
    }

    deployer.deploy(APP);
    try {
      var model = ApiClient.as(BASE, "creator").get("api/models/" + id);
      assertThat(model.status()).isEqualTo(200);
      assertThat(model.json().getString("stage")).isEqualTo("SCREENING");
      assertThat(model.json().getString("title")).isEqualTo("重启验证模型");
      assertThat(TestDatabase.count("select count(*) from mg_user")).isEqualTo(users);
      assertThat(TestDatabase.count("select count(*) from mg_unit")).isEqualTo(units);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_re_procdef where key_ = 'ModelLifecycle'"))
          .isEqualTo(definitions);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                      + " where e.business_key_ = ?",
                  String.valueOf(id)))
          .isEqualTo(1);
    } finally {
      deployer.undeploy(APP);
    }
  }

  @Test
  void shouldFireAPilotEndTimerThatFellDueWhileTheServerWasDownExactlyOnce() throws Exception {
    long id;
    String instance;
    deployer.deploy(APP);
    try {
      id = modelInPilot();
      instance =
          TestDatabase.string(
              "select process_instance_id from mg_supervision_model where id = ?", id);
    } finally {
      deployer.undeploy(APP);
    }
    // while the server is down, the pilot's end date passes. The stopped server may still hold the
    // H2 file for a moment (its auto-server port refuses): retry until the file is free.
    Timestamp past = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(
            () ->
                TestDatabase.update(
                        "update act_ru_job set duedate_ = ? where process_instance_id_ = ? and handler_cfg_ like ?",
                        past,
                        instance,
                        "BoundaryEvent_PilotEnd%")
                    == 1);

    deployer.deploy(APP);
    try {
      var creator = ApiClient.as(BASE, "creator");
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> creator.get("api/models/" + id).json().getString("stage").equals("EVALUATION"));
      String evaluated =
          "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'ServiceTask_CollectFunnel'";
      assertThat(TestDatabase.count(evaluated, instance)).isEqualTo(1);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'Task_DecideOnPilot'",
                  instance))
          .isEqualTo(1);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_ru_job where process_instance_id_ = ? and handler_cfg_ like ?",
                  instance,
                  "BoundaryEvent_PilotEnd%"))
          .isZero();
    } finally {
      deployer.undeploy(APP);
    }
  }

  /** Draft → screening → forum → GO → pilot plan, through the API. */
  private static long modelInPilot() throws Exception {
    var creator = ApiClient.as(BASE, "creator");
    var staff = ApiClient.as(BASE, "staff");
    long id =
        creator
            .post("api/models", FoundationIT.draft("重启计时验证模型"))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(staff.post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}").status())
        .isEqualTo(200);
    long leader = TestDatabase.count("select id from mg_user where username = 'leader'");
    long guest = TestDatabase.count("select id from mg_user where username = 'guest-reviewer'");
    var forum =
        staff.post(
            "api/forums",
            "{\"title\":\"重启验证论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                .formatted(Instant.now(), leader, guest));
    long forumId = forum.json().getJsonNumber("id").longValue();
    assertThat(staff.post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}").status())
        .isEqualTo(200);
    assertThat(
            ApiClient.as(BASE, "guest-reviewer")
                .post("api/models/" + id + "/reviews", ProposalFlowIT.review(4))
                .status())
        .isEqualTo(201);
    assertThat(
            ApiClient.as(BASE, "leader")
                .post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}")
                .status())
        .isEqualTo(201);
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    var plan =
        staff.post(
            "api/models/" + id + "/pilot-plan",
            "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":10,\"units\":[{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}]}"
                .formatted(LocalDate.now(), LocalDate.now().plusDays(30), xz));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    assertThat(creator.get("api/models/" + id).json().getString("stage")).isEqualTo("PILOT");
    return id;
  }
}
