package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The foundation against a real Payara Micro with the real engine and database (H2 file, and
 * PostgreSQL in the second failsafe run): health, sign-in, the draft-to-screening slice and its
 * rollback, bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

  static final String PROBLEM_JSON = "application/problem+json";

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

  static String draft(String title) {
    return """
        {"title":"%s","supervisionPointId":1,
         "problemStatement":"醉驾案件不起诉后未移送行政处罚",
         "dataSources":"不起诉决定书；公安行政处罚数据",
         "ruleDescription":"不起诉人员在行政处罚库中无记录即为线索",
         "expectedEffect":"督促行政机关依法处罚",
         "difficulties":"数据共享",
         "innovationStatement":"首次将不起诉决定与行政处罚数据比对"}"""
        .formatted(title);
  }

  long createDraft(ApiClient creator, String title) {
    var created = creator.post("api/models", draft(title));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void shouldBeReadyWhenDatabaseAndEngineAnswer() {
    var ready = ApiClient.anonymous(base).get("health/ready");
    var live = ApiClient.anonymous(base).get("health/live");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    assertThat(ready.body()).contains("\"modelgate\"");
    assertThat(live.status()).isEqualTo(200);
  }

  @Test
  void shouldServeTheOpenApiDocument() {
    var openapi = ApiClient.anonymous(base).get("openapi");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/models/{id}/submit").contains("/api/me");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/me", "api/models/1", "api/units", "api", "api/no-such-thing"})
  void shouldAnswerAnonymousApiCallsWith401Problem(String path) {
    var reply = ApiClient.anonymous(base).get(path);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().getString("type")).endsWith("/unauthenticated");
  }

  @Test
  void shouldAnswerAnonymousWriteWith401AndWriteNothing() throws Exception {
    long before = TestDatabase.count("select count(*) from mg_supervision_model");

    var reply = ApiClient.anonymous(base).post("api/models", draft("匿名提交"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(TestDatabase.count("select count(*) from mg_supervision_model")).isEqualTo(before);
  }

  @Test
  void shouldSignInWithBasicAndShowUserUnitAndRoles() {
    var me = ApiClient.as(base, "creator").get("api/me");

    assertThat(me.status()).isEqualTo(200);
    JsonObject account = me.json();
    assertThat(account.getString("username")).isEqualTo("creator");
    assertThat(account.getString("displayName")).isNotBlank();
    assertThat(account.getJsonObject("unit").getString("code")).isEqualTo("XZ");
    assertThat(account.getJsonObject("unit").getString("name")).isEqualTo("宣州区人民检察院");
    assertThat(account.getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("creator");
  }

  @Test
  void shouldRefuseWrongPasswordWith401Problem() {
    var me = ApiClient.as(base, "leader2", "not-the-password").get("api/me");

    assertThat(me.status()).isEqualTo(401);
    assertThat(me.contentType()).startsWith(PROBLEM_JSON);
    assertThat(me.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void shouldSignInOnTheFormKeepTheSessionAndSignOut() {
    var browser = ApiClient.anonymous(base);

    var signIn = browser.postForm("login", "username=leader&password=modelgate-demo");
    assertThat(signIn.status()).isEqualTo(302);
    assertThat(signIn.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/"));
    String cookie =
        signIn.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("MODELGATE_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

    var me = browser.get("api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo("leader");

    var signOut = browser.postForm("logout", "");
    assertThat(signOut.status()).isEqualTo(302);
    assertThat(browser.get("api/me").status()).isEqualTo(401);
  }

  @Test
  void shouldSendFailedFormSignInBackToTheFormWithoutSession() {
    var browser = ApiClient.anonymous(base);

    var signIn = browser.postForm("login", "username=staff&password=wrong");

    assertThat(signIn.status()).isEqualTo(302);
    assertThat(signIn.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login.xhtml?error=failed"));
    assertThat(browser.get("api/me").status()).isEqualTo(401);
  }

  @Test
  void shouldSendAnonymousBrowsersToTheSignInPage() {
    var root = ApiClient.anonymous(base).get("");
    var page = ApiClient.anonymous(base).get("index.xhtml");

    assertThat(root.status()).isEqualTo(302);
    assertThat(root.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/index.xhtml"));
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login.xhtml"));
    assertThat(ApiClient.anonymous(base).get("login.xhtml").status()).isEqualTo(200);
  }

  @Test
  void shouldCreateDraftAndSubmitItIntoScreening() throws Exception {
    var creator = ApiClient.as(base, "creator");

    var created = creator.post("api/models", draft("醉驾不起诉行刑反向衔接监督模型"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/models/" + id));
    assertThat(created.json().getString("stage")).isEqualTo("DRAFT");
    assertThat(created.json().getString("businessLine")).isEqualTo("GENERAL_CRIMINAL");
    assertThat(created.json().getString("owningUnitName")).isEqualTo("宣州区人民检察院");

    var submitted = creator.post("api/models/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().getString("stage")).isEqualTo("SCREENING");

    var read = creator.get("api/models/" + id);
    assertThat(read.json().getString("stage")).isEqualTo("SCREENING");
    assertThat(read.json().getString("stageLabel")).isEqualTo("初审中");
    assertThat(
            TestDatabase.count(
                "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                    + " where e.business_key_ = ? and t.task_def_key_ = 'Task_ScreenProposal'",
                String.valueOf(id)))
        .isEqualTo(1);

    var again = creator.post("api/models/" + id + "/submit", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains("SCREENING");
    assertThat(
            TestDatabase.count(
                "select count(*) from act_ru_execution where business_key_ = ?",
                String.valueOf(id)))
        .isEqualTo(1);
  }

  @Test
  void shouldKeepNeitherTheModelChangeNorTheProcessWhenTheProcessStartFails() throws Exception {
    var creator = ApiClient.as(base, "creator");
    long id = createDraft(creator, "回滚验证模型");
    // given: the engine's insert of this model's process instance will be refused by the database
    String constraint = "mg_it_refuse_" + id;
    TestDatabase.execute(
        "alter table act_ru_execution add constraint "
            + constraint
            + " check (business_key_ is null or business_key_ <> '"
            + id
            + "')");
    try {
      // when
      var submitted = creator.post("api/models/" + id + "/submit", null);

      // then: a server-side failure, reported without internals, and nothing kept
      assertThat(submitted.status()).isEqualTo(500);
      assertThat(submitted.contentType()).startsWith(PROBLEM_JSON);
      assertThat(submitted.json().getString("incident")).isNotBlank();
      assertThat(submitted.body()).doesNotContain("Exception").doesNotContain("at org.");
      assertThat(TestDatabase.string("select stage from mg_supervision_model where id = ?", id))
          .isEqualTo("DRAFT");
      assertThat(
              TestDatabase.count(
                  "select count(*) from mg_supervision_model where id = ? and submitted_at is not null",
                  id))
          .isZero();
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_hi_procinst where business_key_ = ?",
                  String.valueOf(id)))
          .isZero();
    } finally {
      TestDatabase.execute("alter table act_ru_execution drop constraint " + constraint);
    }
    // and the same submission succeeds once the database accepts it
    var retried = creator.post("api/models/" + id + "/submit", null);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.json().getString("stage")).isEqualTo("SCREENING");
  }

  static Stream<Arguments> badDrafts() {
    String longTitle = "模".repeat(201);
    return Stream.of(
        Arguments.of("malformed JSON", "{\"title\":", 400, "body", "syntax"),
        Arguments.of(
            "unknown field",
            "{\"title\":\"x\",\"owner\":\"admin\"}",
            400,
            "owner",
            "unknown-field"),
        Arguments.of(
            "wrong type",
            "{\"title\":\"x\",\"supervisionPointId\":\"abc\"}",
            400,
            "supervisionPointId",
            "type"),
        Arguments.of("missing fields", "{\"title\":\"x\"}", 400, "problemStatement", "NotBlank"),
        Arguments.of("blank title", draft(" "), 400, "title", "NotBlank"),
        Arguments.of("title too long", draft(longTitle), 400, "title", "Size"),
        Arguments.of(
            "unknown supervision point",
            draft("x").replace("\"supervisionPointId\":1", "\"supervisionPointId\":999999"),
            400,
            "supervisionPointId",
            "exists"),
        Arguments.of(
            "negative supervision point",
            draft("x").replace("\"supervisionPointId\":1", "\"supervisionPointId\":-1"),
            400,
            "supervisionPointId",
            "Positive"),
        Arguments.of("JSON array instead of object", "[1,2]", 400, "body", null),
        Arguments.of("empty body", null, 400, null, null),
        Arguments.of(
            "body over 1 MiB", "{\"title\":\"" + "x".repeat(1_100_000) + "\"}", 413, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void shouldAnswerBadDraftsWithProblemNamingFieldAndRuleAndWriteNothing(
      String label, String body, int status, String field, String rule) throws Exception {
    long before = TestDatabase.count("select count(*) from mg_supervision_model");

    var reply = ApiClient.as(base, "creator").post("api/models", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    if (field != null) {
      List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
      assertThat(errors)
          .anySatisfy(
              error -> {
                assertThat(error.getString("field")).isEqualTo(field);
                if (rule != null) {
                  assertThat(error.getString("rule")).isEqualTo(rule);
                }
              });
    }
    assertThat(TestDatabase.count("select count(*) from mg_supervision_model")).isEqualTo(before);
  }

  @Test
  void shouldAnswerOtherBadRequestsWithProblems() {
    var creator = ApiClient.as(base, "creator");

    var xml = creator.post("api/models", "application/xml", BodyPublishers.ofString("<model/>"));
    var notANumber = creator.get("api/models/abc");
    var unknown = creator.get("api/models/987654321");
    var unknownSubmit = creator.post("api/models/987654321/submit", null);

    assertThat(xml.status()).isEqualTo(415);
    assertThat(notANumber.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("detail")).contains("987654321");
    assertThat(unknownSubmit.status()).isEqualTo(404);
    Stream.of(xml, notANumber, unknown, unknownSubmit)
        .forEach(reply -> assertThat(reply.contentType()).startsWith(PROBLEM_JSON));
  }

  /** A model the caller may not see answers 404 (existence is not revealed); a role missing 403. */
  @Test
  void shouldEnforceRoleAndUnitScopeInTheServices() {
    long id = createDraft(ApiClient.as(base, "creator"), "权限验证模型");

    var staffCreates = ApiClient.as(base, "staff").post("api/models", draft("工作人员不能建模"));
    var otherUnitStaffReads = ApiClient.as(base, "staff-langxi").get("api/models/" + id);
    var cityWideStaffReads = ApiClient.as(base, "staff").get("api/models/" + id);
    var leaderReads = ApiClient.as(base, "leader").get("api/models/" + id);
    var otherCreatorSubmits =
        ApiClient.as(base, "creator2").post("api/models/" + id + "/submit", null);
    var reviewerReads = ApiClient.as(base, "guest-reviewer").get("api/models/" + id);

    assertThat(staffCreates.status()).isEqualTo(403);
    assertThat(staffCreates.contentType()).startsWith(PROBLEM_JSON);
    assertThat(otherUnitStaffReads.status()).isEqualTo(404);
    assertThat(cityWideStaffReads.status()).isEqualTo(200);
    assertThat(leaderReads.status()).isEqualTo(200);
    assertThat(otherCreatorSubmits.status()).isEqualTo(404);
    assertThat(reviewerReads.status()).isEqualTo(404);
    assertThat(ApiClient.as(base, "creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("DRAFT");
  }

  @Test
  void shouldListUnitsAndSupervisionPoints() {
    var admin = ApiClient.as(base, "admin");

    var units = admin.get("api/units").jsonStructure().asJsonArray();
    var points = admin.get("api/supervision-points").jsonStructure().asJsonArray();

    assertThat(units.getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("name"))
        .contains(
            "数字检察办公室",
            "宣州区人民检察院",
            "郎溪县人民检察院",
            "广德市人民检察院",
            "宁国市人民检察院",
            "泾县人民检察院",
            "绩溪县人民检察院",
            "旌德县人民检察院",
            "第一检察部",
            "第六检察部");
    assertThat(points).hasSizeGreaterThanOrEqualTo(6);
  }
}
