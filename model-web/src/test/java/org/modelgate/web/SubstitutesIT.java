package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Substitutes (issue 13, point 3): a leader who is away names a substitute; while the absence runs
 * the substitute is offered the absent leader's ruling and makes it in their own name "for" them,
 * as the audit trail and the model's history say. A substitute who co-created the model may not
 * rule, an absence that is over gives nothing, an administrator records an absence for someone
 * away, and bad input is answered 400 with the field and the code. Absences are removed after each
 * test, so that no other test finds a substitute it does not expect.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubstitutesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource URL baseUrl;
  URI base;
  LocalDate today;

  @BeforeEach
  void base() throws Exception {
    base = baseUrl.toURI();
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @AfterEach
  void noAbsencesLeft() throws Exception {
    TestDatabase.update("delete from mg_absence");
  }

  @Test
  void shouldLetTheSubstituteRuleForTheAbsentPresidingLeaderInTheirOwnName() throws Exception {
    // given: leader2 is away today and names leader; a model reaches the ruling of a forum that
    // leader2 presides
    long leader = userId("leader");
    var absence = as("leader2").post("api/me/absences", absence(leader, today, today, "出差"));
    assertThat(absence.status()).as(absence.body()).isEqualTo(201);
    assertThat(absence.json().getJsonObject("absent").getString("username")).isEqualTo("leader2");
    assertThat(absence.json().getJsonObject("substitute").getString("username"))
        .isEqualTo("leader");
    assertThat(absence.json().getBoolean("active")).isTrue();
    long model = awaitingRuling("代理裁决模型", "leader2");

    // then: leader finds the absence and the ruling task of leader2, and may rule
    assertThat(as("leader").get("api/me/absences").body()).contains("\"username\":\"leader2\"");
    JsonObject task = rulingTask("leader", model);
    assertThat(task).isNotNull();
    assertThat(task.getString("assignee")).isEqualTo("leader2");
    assertThat(allowedActions("leader", model)).contains("RULE");

    // when
    var ruling = as("leader").post("api/models/" + model + "/ruling", "{\"outcome\":\"GO\"}");

    // then: the decision is leader's, the audit and the history say "leader for leader2"
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(201);
    assertThat(ruling.json().getJsonObject("decidedBy").getString("username")).isEqualTo("leader");
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_audit_entry where model_id = ? and action = 'RULING'"
                    + " and actor = 'leader' and on_behalf_of = 'leader2'",
                model))
        .isEqualTo(1);
    JsonObject entry =
        as("staff").get("api/models/" + model + "/history").jsonStructure().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("action").equals("RULING"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.getString("actor")).isEqualTo("leader");
    assertThat(entry.getString("onBehalfOf")).isEqualTo("leader2");
    assertThat(entry.getString("onBehalfOfName"))
        .isEqualTo(
            TestDatabase.string("select display_name from mg_user where username = 'leader2'"));
    assertThat(stage(model)).isEqualTo("PILOT_PLANNING");
    assertThat(as("admin").get("api/admin/audit/verify").json().getBoolean("intact")).isTrue();
    // and the pages: the printable record names both, the account page lists the absence
    String leader2Name =
        TestDatabase.string("select display_name from mg_user where username = 'leader2'");
    String leaderName =
        TestDatabase.string("select display_name from mg_user where username = 'leader'");
    var record = signedIn("staff").get("model-history.xhtml?id=" + model, "text/html");
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.body()).contains(leaderName + "（代 " + leader2Name + "）");
    var account = signedIn("leader2").get("password.xhtml", "text/html");
    assertThat(account.status()).isEqualTo(200);
    assertThat(account.body()).contains("我的请假与代理").contains(leaderName).contains("进行中");
  }

  @Test
  void shouldRefuseTheRulingToASubstituteWhoCoCreatedTheModel() throws Exception {
    // given: a leader who co-created the model stands in for the presiding leader
    ProposalFlowIT.addUser(900_401, "leader-maker", "共同建模的院领导", "XC", "leader", "creator");
    ProposalFlowIT.addUser(900_402, "leader-away", "请假的院领导", "XC-2", "leader");
    assertThat(
            as("leader-away")
                .post("api/me/absences", absence(900_401, today, today.plusDays(2), null))
                .status())
        .isEqualTo(201);
    long model = awaitingRuling("回避代理模型", "leader-away", 900_401);

    // then: the task is not offered to the substitute, and the ruling is refused
    assertThat(rulingTask("leader-maker", model)).isNull();
    assertThat(allowedActions("leader-maker", model)).doesNotContain("RULE");
    var ruling = as("leader-maker").post("api/models/" + model + "/ruling", "{\"outcome\":\"GO\"}");
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(403);
    assertThat(ruling.contentType()).startsWith("application/problem+json");
    assertThat(stage(model)).isEqualTo("FORUM_REVIEW");
  }

  @Test
  void shouldGiveNothingOnceTheAbsenceIsOver() throws Exception {
    // given: an absence that ended yesterday
    ProposalFlowIT.addUser(900_403, "leader-back", "已销假的院领导", "XC-3", "leader");
    ProposalFlowIT.addUser(900_404, "leader-was-sub", "曾代理的院领导", "XC-4", "leader");
    TestDatabase.update(
        "insert into mg_absence (id, absent_id, substitute_id, starts_on, ends_on, created_by,"
            + " created_at) values (900401, 900403, 900404, ?, ?, 900403, current_timestamp)",
        today.minusDays(10),
        today.minusDays(1));
    long model = awaitingRuling("销假后模型", "leader-back");

    // then: the former substitute is offered nothing and may not rule
    assertThat(rulingTask("leader-was-sub", model)).isNull();
    assertThat(
            as("leader-was-sub")
                .post("api/models/" + model + "/ruling", "{\"outcome\":\"GO\"}")
                .status())
        .isEqualTo(403);
    JsonObject over =
        as("leader-back").get("api/me/absences").jsonStructure().asJsonArray().getJsonObject(0);
    assertThat(over.getBoolean("active")).isFalse();
    // and the absence stays on record
    var withdraw = as("leader-back").send("DELETE", "api/me/absences/900401", null, null);
    assertThat(withdraw.status()).as(withdraw.body()).isEqualTo(409);
    assertThat(withdraw.json().getString("code")).isEqualTo("absence.over");
    // the presiding leader, back, rules
    assertThat(
            as("leader-back")
                .post("api/models/" + model + "/ruling", "{\"outcome\":\"GO\"}")
                .status())
        .isEqualTo(201);
  }

  @Test
  void shouldLetAnAdministratorRecordAnAbsenceForSomeoneAway() throws Exception {
    long leader2 = userId("leader2");
    String path = "api/admin/users/" + leader2 + "/absences";

    // when
    var recorded =
        as("admin")
            .post(path, absence(userId("leader"), today.plusDays(1), today.plusDays(3), "病假"));

    // then
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    long id = recorded.json().getJsonNumber("id").longValue();
    assertThat(recorded.json().getJsonObject("createdBy").getString("username")).isEqualTo("admin");
    assertThat(recorded.json().getBoolean("active")).isFalse();
    assertThat(as("admin").get(path).body()).contains("\"id\":" + id + ",");
    assertThat(as("leader2").get("api/me/absences").body()).contains("\"id\":" + id + ",");
    assertThat(as("leader").post(path, absence(userId("leader"), today, today, null)).status())
        .isEqualTo(403);
    var forCreator =
        as("admin")
            .post(
                "api/admin/users/" + userId("creator") + "/absences",
                absence(userId("creator2"), today, today, null));
    assertThat(forCreator.status()).isEqualTo(400);
    assertThat(error(forCreator, 0)).isEqualTo("id:absence.absent-not-leader-or-staff");

    var page = signedIn("admin").get("admin/users.xhtml", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("absenceDialog");

    // when the administrator withdraws it (it has not begun: it is removed)
    assertThat(as("admin").send("DELETE", path + "/" + id, null, null).status()).isEqualTo(204);

    // then
    assertThat(as("admin").get(path).body()).doesNotContain("\"id\":" + id + ",");
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_audit_entry where entity_type = 'Absence'"
                    + " and entity_id = ? and actor = 'admin'"
                    + " and action in ('ABSENCE_RECORDED', 'ABSENCE_WITHDRAWN')",
                String.valueOf(id)))
        .isEqualTo(2);
  }

  @Test
  void shouldAnswerBadInputWithTheFieldAndTheCode() throws Exception {
    long leader = userId("leader");
    long leader2 = userId("leader2");
    ApiClient away = as("leader2");

    assertThat(error(away.post("api/me/absences", absence(leader, today.plusDays(2), today)), 0))
        .isEqualTo("to:absence.to-before-from");
    assertThat(error(away.post("api/me/absences", absence(leader2, today, today)), 0))
        .isEqualTo("substituteId:absence.substitute-self");
    assertThat(error(away.post("api/me/absences", absence(987_654, today, today)), 0))
        .isEqualTo("substituteId:absence.substitute-unknown");
    assertThat(error(away.post("api/me/absences", absence(userId("staff"), today, today)), 0))
        .isEqualTo("substituteId:absence.substitute-not-leader");
    assertThat(error(away.post("api/me/absences", absence(leader, today.minusDays(1), today)), 0))
        .isEqualTo("from:absence.from-past");
    assertThat(
            away.post("api/me/absences", absence(leader, today.plusDays(5), today.plusDays(7)))
                .status())
        .isEqualTo(201);
    var overlapping =
        away.post("api/me/absences", absence(leader, today.plusDays(7), today.plusDays(9)));
    assertThat(error(overlapping, 0)).isEqualTo("from:absence.overlap");
    assertThat(overlapping.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains(today.plusDays(5).toString())
        .contains(today.plusDays(7).toString());
    var missing = away.post("api/me/absences", "{\"substituteId\":" + leader + "}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("\"from\"").contains("\"to\"");
    var byCreator = as("creator").post("api/me/absences", absence(leader, today, today));
    assertThat(byCreator.status()).isEqualTo(403);
    assertThat(byCreator.json().getString("code")).isEqualTo("absence.not-leader-or-staff");
  }

  // ---------------------------------------------------------------------------------------------

  /** A model of `creator` with its forum today presided by {@code presiding}, reviewed. */
  long awaitingRuling(String title, String presiding, long... coCreators) throws Exception {
    long model = id(as("creator").post("api/models", ModelRequests.draft(title, coCreators)));
    assertThat(as("creator").post("api/models/" + model + "/submit", null).status()).isEqualTo(200);
    assertThat(
            as("staff")
                .post("api/models/" + model + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    long forum =
        id(
            as("staff")
                .post(
                    "api/forums",
                    "{\"title\":\"代理论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                        .formatted(Instant.now(), userId(presiding), userId("guest-reviewer"))));
    assertThat(
            as("staff")
                .post("api/forums/" + forum + "/agenda", "{\"modelId\":" + model + "}")
                .status())
        .isEqualTo(200);
    var review =
        as("guest-reviewer").post("api/models/" + model + "/reviews", ModelRequests.review(4));
    assertThat(review.status()).as(review.body()).isEqualTo(201);
    return model;
  }

  /** The open ruling task of the model in the caller's inbox, or null. */
  JsonObject rulingTask(String caller, long model) {
    var tasks = as(caller).get("api/tasks");
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    return tasks.jsonStructure().asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getJsonNumber("modelId").longValue() == model)
        .filter(t -> t.getString("taskKey").equals("Task_RuleOnModel"))
        .findFirst()
        .orElse(null);
  }

  List<String> allowedActions(String caller, long model) {
    var reply = as(caller).get("api/models/" + model);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  String stage(long model) {
    return as("staff").get("api/models/" + model).json().getString("stage");
  }

  /** "field:code" of the problem's error at {@code index}; the reply must be a 400 problem. */
  static String error(ApiClient.Reply reply, int index) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(index);
    return error.getString("field") + ":" + error.getString("code");
  }

  static String absence(long substituteId, LocalDate from, LocalDate to) {
    return absence(substituteId, from, to, null);
  }

  static String absence(long substituteId, LocalDate from, LocalDate to, String reason) {
    return "{\"substituteId\":%d,\"from\":\"%s\",\"to\":\"%s\"%s}"
        .formatted(substituteId, from, to, reason == null ? "" : ",\"reason\":\"" + reason + "\"");
  }

  /** A browser session after the sign-in form, for the pages. */
  ApiClient signedIn(String username) {
    ApiClient browser = ApiClient.anonymous(base);
    var signIn =
        browser.postForm("login", "username=" + username + "&password=" + ApiClient.DEMO_PASSWORD);
    assertThat(signIn.status()).isEqualTo(302);
    return browser;
  }

  ApiClient as(String username) {
    return ApiClient.as(base, username);
  }

  static long userId(String username) throws Exception {
    return TestDatabase.count("select id from mg_user where username = ?", username);
  }

  private static long id(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }
}
