package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint × every kind of caller, from one table. The endpoints are read from the served
 * OpenAPI document, so a new endpoint without a row fails this test. Each row acts on a model in
 * the stage where its action belongs. Requests carry bodies that are invalid on purpose: a caller
 * who gets past the access policy is answered 400, 404 or 409 without changing anything, a caller
 * who sees the model but may not act gets 403, one who may not see it 404, an anonymous one 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  /** The callers: anonymous, each role, staff of another unit, the model's own creator. */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "creator",
          "creator2",
          "reviewer",
          "guest-reviewer",
          "leader",
          "admin",
          "staff-langxi",
          "staff");

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

  /** One row: a request and the status each caller gets (callers not named get {@code others}). */
  record Row(String method, String path, String body, int others, Map<String, Integer> expected) {
    int expectedFor(String caller) {
      return caller.equals("anonymous") ? 401 : expected.getOrDefault(caller, others);
    }

    String operation() {
      return method + " " + path.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}|/\\d+", "/{}");
    }
  }

  static Map<String, Integer> map(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }

  /** The callers who see a model: those named get {@code status}, everyone else 404. */
  static Map<String, Integer> seeing(int status, String... callers) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String caller : callers) {
      map.put(caller, status);
    }
    return map;
  }

  /** {@code base} with some callers' statuses replaced. */
  static Map<String, Integer> with(Map<String, Integer> base, Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>(base);
    map.putAll(map(pairs));
    return map;
  }

  ApiClient as(String username) {
    return ApiClient.as(base, username);
  }

  long draft(String title) {
    return id(as("creator").post("api/models", FoundationIT.draft(title)));
  }

  long submitted(String title) {
    long id = draft(title);
    assertThat(as("creator").post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    return id;
  }

  long accepted(String title) {
    long id = submitted(title);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    return id;
  }

  long forum(String... reviewers) throws Exception {
    StringBuilder ids = new StringBuilder();
    for (String reviewer : reviewers) {
      ids.append(ids.isEmpty() ? "" : ",")
          .append(TestDatabase.count("select id from mg_user where username = ?", reviewer));
    }
    long leader = TestDatabase.count("select id from mg_user where username = 'leader'");
    // Today: the ruling is possible only from the forum's day on.
    return id(
        as("staff")
            .post(
                "api/forums",
                "{\"title\":\"权限矩阵论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%s]}"
                    .formatted(Instant.now(), leader, ids)));
  }

  void onAgenda(long forum, long model) {
    assertThat(
            as("staff")
                .post("api/forums/" + forum + "/agenda", "{\"modelId\":" + model + "}")
                .status())
        .isEqualTo(200);
  }

  void reviewedAndRuled(long model, String outcome) {
    assertThat(
            as("guest-reviewer")
                .post("api/models/" + model + "/reviews", ModelRequests.review(4))
                .status())
        .isEqualTo(201);
    var ruling =
        as("leader")
            .post(
                "api/models/" + model + "/ruling",
                "{\"outcome\":\""
                    + outcome
                    + "\""
                    + (outcome.equals("GO") ? "" : ",\"reason\":\"矩阵\"")
                    + "}");
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(201);
  }

  void planned(long model, long... units) {
    StringBuilder list = new StringBuilder();
    for (long unit : units) {
      list.append(list.isEmpty() ? "" : ",")
          .append(
              "{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}"
                  .formatted(unit));
    }
    var plan =
        as("staff")
            .post(
                "api/models/" + model + "/pilot-plan",
                "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":100,\"units\":[%s]}"
                    .formatted(LocalDate.now(), LocalDate.now().plusDays(60), list));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
  }

  void endedEarly(long model) {
    assertThat(
            as("leader")
                .post("api/models/" + model + "/pilot-end", "{\"reason\":\"效果已显现\"}")
                .status())
        .isEqualTo(204);
  }

  String stage(long model) {
    return as("staff").get("api/models/" + model).json().getString("stage");
  }

  @Test
  void shouldAnswerEveryEndpointForEveryCallerAsTheTableSays() throws Exception {
    // given: models of `creator` (宣州区院) in every stage that an action needs: a draft D with an
    // attachment, S in screening, R in forum review (its review still open), G after a GO waiting
    // for its pilot plan, P in pilot (pilot units 宣州区院 and 郎溪县院) with a clue of 郎溪县院,
    // E in evaluation, A adopted in every unit, H on hold. One forum today, presided by `leader`,
    // with `guest-reviewer` invited.
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    long d = draft("权限矩阵草稿");
    long attachment =
        id(
            as("creator")
                .upload(
                    "api/models/" + d + "/attachments",
                    "a.pdf",
                    "application/pdf",
                    "%PDF-1.4".getBytes()));
    long s = submitted("权限矩阵初审");
    long r = accepted("权限矩阵评审");
    long g = accepted("权限矩阵待试点");
    long p = accepted("权限矩阵试点");
    long e = accepted("权限矩阵评估");
    long a = accepted("权限矩阵推广");
    long h = accepted("权限矩阵暂缓");
    long forum = forum("guest-reviewer");
    for (long model : List.of(r, g, p, e, a, h)) {
      onAgenda(forum, model);
    }
    reviewedAndRuled(g, "GO");
    reviewedAndRuled(p, "GO");
    reviewedAndRuled(e, "GO");
    reviewedAndRuled(a, "GO");
    reviewedAndRuled(h, "HOLD");
    planned(p, xz, lx);
    planned(e, xz, lx);
    planned(a, xz, lx);
    long clue =
        id(
            as("staff-langxi")
                .post(
                    "api/models/" + p + "/clues",
                    "{\"unitId\":%d,\"externalRef\":\"LX-矩阵-1\",\"party\":\"某公司\",\"idNumber\":\"340102199001011234\",\"summary\":\"矩阵线索\",\"foundOn\":\"%s\"}"
                        .formatted(lx, LocalDate.now())));
    endedEarly(e);
    endedEarly(a);
    var adopt =
        as("leader")
            .post(
                "api/models/" + a + "/pilot-decision",
                "{\"decision\":\"ADOPT\",\"reason\":\"矩阵推广\"}");
    assertThat(adopt.status()).as(adopt.body()).isEqualTo(201);
    // the library listing runs after the decision, in a job of its own
    Eventually.await(
        "model " + a + " listed in the library",
        () ->
            !as("staff")
                .get("api/models/" + a + "/adoption")
                .jsonStructure()
                .asJsonArray()
                .isEmpty());
    for (JsonObject cell :
        as("staff")
            .get("api/models/" + a + "/adoption")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)) {
      for (String step : List.of("DATA_READY", "RUNNING")) {
        assertThat(
                as("staff")
                    .send(
                        "PUT",
                        "api/models/" + a + "/adoption/" + cell.getJsonNumber("unitId").longValue(),
                        "{\"status\":\"" + step + "\"}",
                        null)
                    .status())
            .isEqualTo(200);
      }
    }
    Map<Long, String> stages = new LinkedHashMap<>();
    for (long model : List.of(d, s, r, g, p, e, a, h)) {
      stages.put(model, stage(model));
    }
    assertThat(stages.values())
        .containsExactly(
            "DRAFT",
            "SCREENING",
            "FORUM_REVIEW",
            "PILOT_PLANNING",
            "PILOT",
            "EVALUATION",
            "ADOPTED",
            "ON_HOLD");
    String screeningTask =
        as("staff")
            .get("api/tasks")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> task.getJsonNumber("modelId").longValue() == s)
            .map(task -> task.getString("id"))
            .findFirst()
            .orElseThrow();

    // Who sees which model (DESIGN §3a): the creator, leaders and the digital office every one;
    // the invited reviewer those on the forum's agenda; 郎溪县院's staff its pilots; everyone the
    // listed (adopted) model. Everyone else gets 404, so that existence cannot be probed.
    var seesD = seeing(200, "creator", "leader", "staff");
    var seesR = seeing(200, "creator", "leader", "staff", "guest-reviewer");
    var seesP = seeing(200, "creator", "leader", "staff", "guest-reviewer", "staff-langxi");
    String md = "api/models/" + d;
    String ms = "api/models/" + s;
    String mr = "api/models/" + r;
    String mg = "api/models/" + g;
    String mp = "api/models/" + p;
    String me = "api/models/" + e;
    String ma = "api/models/" + a;
    String f = "api/forums/" + forum;
    List<Row> table =
        List.of(
            new Row("GET", "api/me", null, 200, map()),
            new Row("GET", "api/me/tokens", null, 200, map()),
            new Row("POST", "api/me/tokens", "{}", 400, map()),
            new Row("DELETE", "api/me/tokens/987654", null, 404, map()),
            new Row("POST", "api/me/password", "{}", 400, map()),
            // absences: everyone reads their own; only leaders and staff record one
            new Row("GET", "api/me/absences", null, 200, map()),
            new Row(
                "POST",
                "api/me/absences",
                "{}",
                403,
                map("leader", 400, "staff", 400, "staff-langxi", 400)),
            new Row("DELETE", "api/me/absences/987654", null, 404, map()),
            new Row("GET", "api/pilot-defaults", null, 200, map()),
            new Row("GET", "api/units", null, 200, map()),
            new Row("GET", "api/supervision-points", null, 200, map()),
            new Row(
                "GET",
                "api/reviewers",
                null,
                403,
                map("leader", 200, "admin", 200, "staff-langxi", 200, "staff", 200)),
            new Row("POST", "api/reviewers/guests", "{}", 403, map("staff", 400)),
            new Row("GET", "api/models", null, 200, map()),
            new Row("POST", "api/models", "{}", 403, map("creator", 400, "creator2", 400)),
            new Row("GET", md, null, 404, seesD),
            new Row("PUT", md, "{}", 404, with(seeing(403, "leader", "staff"), "creator", 400)),
            new Row(
                "POST",
                ms + "/submit",
                null,
                404,
                with(seeing(403, "leader", "staff"), "creator", 409)),
            new Row(
                "POST",
                ms + "/resubmit",
                null,
                404,
                with(seeing(403, "leader", "staff"), "creator", 409)),
            new Row(
                "POST",
                ms + "/withdraw",
                "{}",
                404,
                with(seeing(403, "leader", "staff"), "creator", 400)),
            new Row(
                "POST",
                ms + "/screening",
                "{}",
                404,
                with(seeing(403, "creator", "leader"), "staff", 400)),
            new Row(
                "GET",
                ms + "/similar",
                null,
                404,
                with(seeing(200, "leader", "staff"), "creator", 403)),
            new Row("GET", md + "/comments", null, 404, seesD),
            new Row("POST", md + "/comments", "{}", 404, seeing(400, "creator", "leader", "staff")),
            new Row("GET", md + "/attachments", null, 404, seesD),
            new Row(
                "POST",
                md + "/attachments",
                "FILE",
                404,
                with(seeing(403, "leader", "staff"), "creator", 400)),
            new Row("GET", md + "/attachments/" + attachment, null, 404, seesD),
            new Row("GET", mr + "/reviews", null, 404, seesR),
            new Row(
                "POST",
                mr + "/reviews",
                "{}",
                404,
                with(seeing(403, "creator", "leader", "staff"), "guest-reviewer", 400)),
            new Row(
                "POST",
                mr + "/abstention",
                "{}",
                404,
                with(seeing(403, "creator", "leader", "staff"), "guest-reviewer", 400)),
            // the leader presides, but the review is still open: not yet
            new Row(
                "POST",
                mr + "/ruling",
                "{}",
                404,
                with(seeing(403, "creator", "staff", "guest-reviewer"), "leader", 409)),
            new Row("GET", me + "/decisions", null, 404, seesP),
            new Row("POST", mp + "/conditions/987654/close", null, 404, map()),
            new Row(
                "POST",
                mg + "/pilot-plan",
                "{}",
                404,
                with(seeing(403, "creator", "leader", "guest-reviewer"), "staff", 400)),
            new Row(
                "POST",
                mp + "/pilot-end",
                "{}",
                404,
                with(
                    seeing(403, "creator", "staff", "guest-reviewer", "staff-langxi"),
                    "leader",
                    400)),
            new Row("GET", ma + "/adoption", null, 200, map()),
            new Row(
                "PUT", ma + "/adoption/" + lx, "{}", 403, map("staff", 400, "staff-langxi", 400)),
            new Row("GET", "api/library", null, 200, map()),
            new Row("GET", ma + "/adoption/feedback", null, 200, map()),
            new Row(
                "POST",
                ma + "/adoption/" + lx + "/feedback",
                "{}",
                403,
                map("staff", 400, "staff-langxi", 400)),
            new Row(
                "POST",
                ms + "/new-version",
                null,
                404,
                with(seeing(403, "leader", "staff"), "creator", 409)),
            new Row("GET", "api/dashboard", null, 200, map()),
            new Row("POST", ma + "/retire", "{}", 403, map("leader", 400)),
            new Row(
                "POST",
                me + "/pilot-decision",
                "{}",
                404,
                with(
                    seeing(403, "creator", "staff", "guest-reviewer", "staff-langxi"),
                    "leader",
                    400)),
            new Row(
                "POST",
                mp + "/clues",
                "{}",
                404,
                with(
                    seeing(403, "creator", "leader", "guest-reviewer"),
                    "staff",
                    400,
                    "staff-langxi",
                    400)),
            new Row(
                "GET",
                mp + "/clues",
                null,
                404,
                with(
                    seeing(403, "creator", "leader", "guest-reviewer"),
                    "staff",
                    200,
                    "staff-langxi",
                    200)),
            new Row(
                "PATCH", "api/clues/" + clue, "{}", 403, map("staff", 400, "staff-langxi", 400)),
            new Row(
                "GET",
                "api/clues/" + clue + "/id-number",
                null,
                404,
                with(
                    seeing(403, "creator", "leader", "guest-reviewer"),
                    "staff",
                    200,
                    "staff-langxi",
                    200)),
            new Row("GET", mp + "/funnel", null, 404, seesP),
            new Row("GET", mp + "/pilot-plan", null, 404, seesP),
            // the pending recommendation: e waits for the leader's decision after its early end
            new Row("GET", me + "/pilot-decision", null, 404, seesP),
            new Row("GET", md + "/history", null, 404, seesD),
            new Row("GET", md + "/diagram", null, 404, seesD),
            new Row("GET", md + "/current-steps", null, 404, seesD),
            new Row("POST", "api/forums", "{}", 403, map("staff", 400)),
            new Row("GET", "api/forums", null, 200, map()),
            // the forum: the office, its presiding leader, its reviewers; the creator for their own
            // models on its agenda; nobody else
            new Row(
                "GET", f, null, 404, seeing(200, "creator", "leader", "staff", "guest-reviewer")),
            new Row("POST", f + "/agenda", "{}", 403, map("staff", 400)),
            new Row("DELETE", f + "/agenda/" + d, null, 403, map("staff", 404)),
            new Row(
                "GET",
                f + "/minutes",
                null,
                404,
                seeing(200, "creator", "leader", "staff", "guest-reviewer")),
            new Row("GET", "api/tasks", null, 200, map()),
            // staff is the last caller: its claim succeeds, and it gives the task back after the
            // others tried
            new Row("POST", "api/tasks/" + screeningTask + "/claim", null, 403, map("staff", 200)),
            new Row(
                "POST", "api/tasks/" + screeningTask + "/unclaim", null, 409, map("staff", 200)),
            new Row("GET", "api/admin/audit/verify", null, 403, map("admin", 200)),
            new Row("GET", "api/admin/users", null, 403, map("admin", 200)),
            new Row("POST", "api/admin/users", "{}", 403, map("admin", 400)),
            new Row("GET", "api/admin/users/987654", null, 403, map("admin", 404)),
            new Row("PUT", "api/admin/users/987654", "{}", 403, map("admin", 400)),
            new Row("POST", "api/admin/users/987654/disable", null, 403, map("admin", 404)),
            new Row("POST", "api/admin/users/987654/enable", null, 403, map("admin", 404)),
            new Row("POST", "api/admin/users/987654/password", "{}", 403, map("admin", 404)),
            new Row("GET", "api/admin/users/987654/absences", null, 403, map("admin", 404)),
            new Row("POST", "api/admin/users/987654/absences", "{}", 403, map("admin", 404)),
            new Row(
                "DELETE", "api/admin/users/987654/absences/987654", null, 403, map("admin", 404)),
            new Row("GET", "api/admin/units", null, 403, map("admin", 200)),
            new Row("POST", "api/admin/units", "{}", 403, map("admin", 400)),
            new Row("PUT", "api/admin/units/987654", "{}", 403, map("admin", 400)),
            new Row("GET", "api/admin/tokens", null, 403, map("admin", 200)),
            new Row("DELETE", "api/admin/tokens/987654", null, 403, map("admin", 404)),
            new Row("POST", "api/admin/users/987654/password-change", null, 403, map("admin", 404)),
            new Row("GET", "api/admin/supervision-points", null, 403, map("admin", 200)),
            new Row("POST", "api/admin/supervision-points", "{}", 403, map("admin", 400)),
            new Row("PUT", "api/admin/supervision-points/987654", "{}", 403, map("admin", 400)),
            new Row("DELETE", "api/admin/supervision-points/987654", null, 403, map("admin", 404)),
            new Row(
                "POST",
                "api/admin/supervision-points/987654/deactivate",
                null,
                403,
                map("admin", 404)),
            new Row(
                "POST",
                "api/admin/supervision-points/987654/activate",
                null,
                403,
                map("admin", 404)),
            new Row("PUT", "api/admin/pilot-defaults", "{}", 403, map("admin", 400)),
            new Row("POST", "api/admin/reference/units", "{}", 403, map("admin", 400)),
            new Row("POST", "api/admin/reference/supervision-points", "{}", 403, map("admin", 400)),
            new Row("GET", "api/admin/incidents", null, 403, map("admin", 200)),
            new Row("POST", "api/admin/incidents/987654/retry", null, 403, map("admin", 404)),
            // notices: everyone has their own; another's or a missing one is not found
            new Row("GET", "api/notices", null, 200, map()),
            new Row("POST", "api/notices/987654/read", null, 404, map()),
            new Row("POST", "api/notices/read-all", null, 204, map()));

    // then: the table covers every operation of the API
    Set<String> documented = documentedOperations();
    Set<String> covered = new TreeSet<>();
    table.forEach(row -> covered.add(row.operation()));
    assertThat(covered).as("rows of this table").containsExactlyInAnyOrderElementsOf(documented);

    // and every caller gets what the table says
    List<String> mismatches = new ArrayList<>();
    for (Row row : table) {
      for (String caller : CALLERS) {
        ApiClient client =
            caller.equals("anonymous") ? ApiClient.anonymous(base) : ApiClient.as(base, caller);
        var reply = call(client, row);
        if (reply.status() != row.expectedFor(caller)) {
          mismatches.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + caller
                  + ": expected "
                  + row.expectedFor(caller)
                  + ", got "
                  + reply.status()
                  + " "
                  + reply.body());
        }
        if (reply.status() >= 400 && !row.path().endsWith("/minutes")) {
          assertThat(reply.contentType())
              .as(row.operation() + " as " + caller)
              .startsWith("application/problem+json");
        }
      }
    }
    assertThat(mismatches).isEmpty();
    Map<Long, String> after = new LinkedHashMap<>();
    for (long model : stages.keySet()) {
      after.put(model, stage(model));
    }
    assertThat(after).as("nothing moved").isEqualTo(stages);
  }

  /**
   * Reviews and minutes per reviewer state (DESIGN §3a): an invited reviewer reads the others'
   * reviews only after their own review or abstention; an excluded reviewer and the creator only
   * after the ruling and without names; the office and the presiding leader always; another unit's
   * staff and a leader who does not preside never.
   */
  @Test
  void shouldShowReviewsAndMinutesByReviewerState() throws Exception {
    // given: reviewers of another department, of the creator's own unit (excluded automatically),
    // and one who will abstain, all invited to a forum today with the model on its agenda
    ProposalFlowIT.addUser(900_101, "reviewer-mx-xz", "宣州区院矩阵专家", "XZ", "reviewer");
    ProposalFlowIT.addUser(900_102, "reviewer-mx-ab", "矩阵回避专家", "XC-3", "reviewer");
    long model = accepted("评审可见性矩阵");
    long forum = forum("guest-reviewer", "reviewer", "reviewer-mx-xz", "reviewer-mx-ab");
    onAgenda(forum, model);
    String reviews = "api/models/" + model + "/reviews";
    String minutes = "api/forums/" + forum + "/minutes";
    String guest =
        TestDatabase.string("select display_name from mg_user where username = 'guest-reviewer'");
    String reviewer =
        TestDatabase.string("select display_name from mg_user where username = 'reviewer'");

    // when the guest reviewer has submitted
    assertThat(board("guest-reviewer", reviews).getBoolean("othersVisible")).isFalse();
    assertThat(as("guest-reviewer").post(reviews, ModelRequests.review(5)).status()).isEqualTo(201);

    // then: the guest reads the reviews with names; the others who have not acted read nothing
    assertThat(named(board("guest-reviewer", reviews))).containsExactly("guest-reviewer");
    for (String caller : List.of("reviewer", "reviewer-mx-xz", "creator", "leader2")) {
      JsonObject board = board(caller, reviews);
      assertThat(board.getBoolean("othersVisible")).as(caller).isFalse();
      assertThat(board.getJsonArray("reviews")).as(caller).isEmpty();
    }
    assertThat(as("staff-langxi").get(reviews).status()).isEqualTo(404);
    assertThat(named(board("staff", reviews))).containsExactly("guest-reviewer");
    assertThat(named(board("leader", reviews))).containsExactly("guest-reviewer");
    assertThat(as("reviewer").get(minutes, "text/html").body())
        .contains("评审意见暂不向您公开")
        .doesNotContain(guest + "</td>");
    assertThat(as("guest-reviewer").get(minutes, "text/html").body()).contains(guest + "</td>");

    // when one abstains and the last reviews, the leader may rule
    assertThat(
            as("reviewer-mx-ab")
                .post("api/models/" + model + "/abstention", "{\"reason\":\"曾参与类似模型研发\"}")
                .status())
        .isEqualTo(200);
    assertThat(named(board("reviewer-mx-ab", reviews))).containsExactly("guest-reviewer");
    assertThat(as("reviewer-mx-xz").post(reviews, ModelRequests.review(3)).status())
        .as("excluded for the same unit as the creator")
        .isEqualTo(403);
    assertThat(board("creator", reviews).getBoolean("othersVisible")).isFalse();
    assertThat(as("reviewer").post(reviews, ModelRequests.review(2)).status()).isEqualTo(201);
    assertThat(board("creator", reviews).getBoolean("othersVisible"))
        .as("still before the ruling")
        .isFalse();
    var ruling = as("leader").post("api/models/" + model + "/ruling", "{\"outcome\":\"GO\"}");
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(201);

    // then: the creator and the excluded reviewer read the scores without names
    for (String caller : List.of("creator", "reviewer-mx-xz")) {
      JsonObject board = board(caller, reviews);
      assertThat(board.getBoolean("othersVisible")).as(caller).isTrue();
      assertThat(board.getJsonArray("reviews")).as(caller).hasSize(2);
      assertThat(board.getJsonArray("reviews").getValuesAs(JsonObject.class))
          .as(caller)
          .allSatisfy(review -> assertThat(review.get("reviewer")).isIn(null, JsonValue.NULL));
      assertThat(board.toString()).as(caller).doesNotContain(guest).doesNotContain(reviewer);
    }
    assertThat(as("creator").get(minutes, "text/html").body())
        .contains("评审专家 1")
        .doesNotContain(guest)
        .doesNotContain(reviewer);
    assertThat(board("leader2", reviews).getBoolean("othersVisible"))
        .as("a leader who did not preside")
        .isFalse();
    assertThat(named(board("staff", reviews)))
        .containsExactlyInAnyOrder("guest-reviewer", "reviewer");
    assertThat(as("staff-langxi").get(minutes, "text/html").status()).isEqualTo(404);
    assertThat(as("staff-langxi").get("api/forums").body()).doesNotContain("\"id\":" + forum + ",");
  }

  JsonObject board(String caller, String path) {
    var reply = as(caller).get(path);
    assertThat(reply.status()).as(caller + ": " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  static List<String> named(JsonObject board) {
    assertThat(board.getBoolean("othersVisible")).isTrue();
    return board.getJsonArray("reviews").getValuesAs(JsonObject.class).stream()
        .map(review -> review.getJsonObject("reviewer").getString("username"))
        .toList();
  }

  private static ApiClient.Reply call(ApiClient client, Row row) {
    if ("FILE".equals(row.body())) {
      return client.upload(row.path(), "x.txt", "text/plain", "plain text".getBytes());
    }
    return switch (row.method()) {
      case "GET" ->
          row.path().endsWith("/minutes")
              ? client.get(row.path(), "text/html")
              : client.get(row.path());
      case "PUT" -> client.send("PUT", row.path(), row.body(), "\"0\"");
      default -> client.send(row.method(), row.path(), row.body(), null);
    };
  }

  /** "METHOD /api/path/{}" for every operation in the OpenAPI document. */
  private Set<String> documentedOperations() {
    JsonObject openapi = ApiClient.anonymous(base).get("openapi", "application/json").json();
    Set<String> operations = new TreeSet<>();
    for (var path : openapi.getJsonObject("paths").entrySet()) {
      for (String method : path.getValue().asJsonObject().keySet()) {
        operations.add(
            method.toUpperCase()
                + " "
                + path.getKey().substring(1).replaceAll("/\\{[^}]+}", "/{}"));
      }
    }
    return operations;
  }

  private static long id(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }
}
