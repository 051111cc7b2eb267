package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notices arrive for the right people as one model goes from submission to its ruling, are marked
 * read one by one or all at once, and go out by e-mail after commit to a real SMTP server
 * (GreenMail on port 3025, which the server is pointed at by {@code it.cmdOptions}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesIT {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource URL baseUrl;
  URI base;

  @BeforeEach
  void base() throws Exception {
    base = baseUrl.toURI();
  }

  ApiClient as(String username) {
    return ApiClient.as(base, username);
  }

  List<JsonObject> notices(String username, long model) {
    return as(username)
        .get("api/notices?size=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(n -> !n.isNull("modelId") && n.getJsonNumber("modelId").longValue() == model)
        .toList();
  }

  List<String> codes(String username, long model) {
    return notices(username, model).stream().map(n -> n.getString("code")).toList();
  }

  long unread(String username) {
    return as(username)
        .get("api/notices?unread=true&size=1")
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  long submitted(String title) {
    long id =
        as("creator")
            .post("api/models", FoundationIT.draft(title))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(as("creator").post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    return id;
  }

  @Test
  void shouldTellEachPersonWhatToDoAndWhatCameOfTheirModelInAppAndByMail() throws Exception {
    TestDatabase.update(
        "update mg_user set email = ? where username = ?", "reviewer@modelgate.test", "reviewer");

    // submitted: the digital office is asked to screen it; a grassroots unit's staff is not
    long returned = submitted("通知退回模型");
    long id = submitted("通知全程模型");
    assertThat(codes("staff", id)).containsExactly("TASK_OFFERED");
    assertThat(notices("staff", id).getFirst().getString("text")).contains("通知全程模型").contains("初审");
    assertThat(codes("staff-langxi", id)).isEmpty();

    // returned at screening: the creator learns it, with the reason, and gets the revision task
    assertThat(
            as("staff")
                .post(
                    "api/models/" + returned + "/screening",
                    "{\"outcome\":\"RETURN\",\"comment\":\"数据来源不清\"}")
                .status())
        .isEqualTo(200);
    assertThat(codes("creator", returned)).contains("MODEL_RETURNED", "TASK_OFFERED");
    assertThat(
            notices("creator", returned).stream()
                .filter(n -> n.getString("code").equals("MODEL_RETURNED"))
                .findFirst()
                .orElseThrow()
                .getString("text"))
        .contains("数据来源不清");

    // accepted and put on a forum: the reviewer and the presiding leader are told
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    long reviewer = TestDatabase.count("select id from mg_user where username = 'reviewer'");
    long leader = TestDatabase.count("select id from mg_user where username = 'leader'");
    long forum =
        as("staff")
            .post(
                "api/forums",
                "{\"title\":\"通知论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                    .formatted(Instant.now(), leader, reviewer))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            as("staff")
                .post("api/forums/" + forum + "/agenda", "{\"modelId\":" + id + "}")
                .status())
        .isEqualTo(200);
    assertThat(codes("reviewer", id)).containsExactlyInAnyOrder("FORUM_SCHEDULED", "TASK_OFFERED");
    assertThat(codes("leader", id)).contains("FORUM_SCHEDULED");
    assertThat(codes("creator2", id)).isEmpty();

    // the e-mail reaches the reviewer after the commit
    Eventually.await("an e-mail to the reviewer", () -> smtp.getReceivedMessages().length >= 1);
    var mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("reviewer@modelgate.test");
    assertThat(mail.getSubject()).contains("通知全程模型");

    // reviewed and ruled: the leader was asked to rule, the creator learns the ruling, the
    // digital office is asked to plan the pilot
    assertThat(
            as("reviewer").post("api/models/" + id + "/reviews", ModelRequests.review(4)).status())
        .isEqualTo(201);
    assertThat(codes("leader", id)).contains("TASK_OFFERED");
    var ruling = as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}");
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(201);
    assertThat(codes("creator", id)).contains("RULING_MADE");
    assertThat(
            notices("creator", id).stream()
                .filter(n -> n.getString("code").equals("RULING_MADE"))
                .findFirst()
                .orElseThrow()
                .getString("text"))
        .contains("通过");
    assertThat(codes("staff", id)).contains("TASK_OFFERED");

    // read one, then all; another's notice is not found
    long before = unread("creator");
    assertThat(before).isPositive();
    long first = notices("creator", id).getFirst().getJsonNumber("id").longValue();
    assertThat(as("creator").post("api/notices/" + first + "/read", null).status()).isEqualTo(204);
    assertThat(unread("creator")).isEqualTo(before - 1);
    assertThat(as("staff-langxi").post("api/notices/" + first + "/read", null).status())
        .isEqualTo(404);
    assertThat(as("creator").post("api/notices/read-all", null).status()).isEqualTo(204);
    assertThat(unread("creator")).isZero();
    // group notices (to the digital office) are read per reader as well
    assertThat(as("staff").post("api/notices/read-all", null).status()).isEqualTo(204);
    assertThat(unread("staff")).isZero();
  }

  /**
   * The hourly sweep (the NoticeSweep process's timer, brought forward here) reminds the reviewer
   * of an opinion due within two days, escalates an overdue screening to the digital office, does
   * each only once however often it runs, and mails the daily digest of unread notices.
   */
  @Test
  void shouldRemindOfDueAndOverdueWorkOnceAndSendTheDailyDigest() throws Exception {
    TestDatabase.update(
        "update mg_user set email = ? where username = ?", "reviewer@modelgate.test", "reviewer");
    long late = submitted("逾期初审模型");
    long id = submitted("评审到期模型");
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    long reviewer = TestDatabase.count("select id from mg_user where username = 'reviewer'");
    long leader = TestDatabase.count("select id from mg_user where username = 'leader'");
    long forum =
        as("staff")
            .post(
                "api/forums",
                "{\"title\":\"到期提醒论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                    .formatted(Instant.now(), leader, reviewer))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            as("staff")
                .post("api/forums/" + forum + "/agenda", "{\"modelId\":" + id + "}")
                .status())
        .isEqualTo(200);
    Instant now = Instant.now();
    dueAt(id, "Task_SubmitReview", now.plus(Duration.ofDays(1)));
    dueAt(late, "Task_ScreenProposal", now.minus(Duration.ofHours(3)));

    sweepNow();
    Eventually.await("the review reminder", () -> codes("reviewer", id).contains("REVIEW_DUE"));
    Eventually.await("the escalation", () -> codes("staff", late).contains("TASK_OVERDUE"));
    assertThat(
            notices("staff", late).stream()
                .filter(n -> n.getString("code").equals("TASK_OVERDUE"))
                .findFirst()
                .orElseThrow()
                .getString("text"))
        .contains("逾期初审模型")
        .contains("初审");
    Eventually.await(
        "the reviewer's digest",
        () -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> subject(m).contains("未读通知")));

    // a second sweep finds the same due and overdue work and raises nothing new
    sweepNow();
    assertThat(codes("reviewer", id).stream().filter("REVIEW_DUE"::equals)).hasSize(1);
    assertThat(codes("staff", late).stream().filter("TASK_OVERDUE"::equals)).hasSize(1);
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("未读通知"))
                .count())
        .as("one digest a day")
        .isEqualTo(1);
  }

  private static void dueAt(long model, String taskKey, Instant due) throws Exception {
    assertThat(
            TestDatabase.update(
                "update ACT_RU_TASK set DUE_DATE_ = ? where TASK_DEF_KEY_ = ? and PROC_INST_ID_ ="
                    + " (select process_instance_id from mg_supervision_model where id = ?)",
                Timestamp.from(due),
                taskKey,
                model))
        .isEqualTo(1);
  }

  /** Brings the sweep's timer forward and waits until it ran and set itself for the next hour. */
  private static void sweepNow() throws Exception {
    String nextHour =
        "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'NoticeSweep'"
            + " and DUEDATE_ > ?";
    assertThat(
            TestDatabase.update(
                "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = 'NoticeSweep'",
                Timestamp.from(Instant.now().minusSeconds(1))))
        .isEqualTo(1);
    Eventually.await(
        "the sweep ran",
        () -> {
          try {
            return TestDatabase.count(
                    nextHour, Timestamp.from(Instant.now().plus(Duration.ofMinutes(30))))
                == 1;
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(
            TestDatabase.count(
                "select count(*) from ACT_RU_INCIDENT where PROC_DEF_ID_ like 'NoticeSweep:%'"))
        .as("the sweep failed")
        .isZero();
  }

  private static String subject(jakarta.mail.Message message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
