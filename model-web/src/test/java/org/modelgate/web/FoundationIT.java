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
import org.modelgate.web.rest.ContractCheck;

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

  @Test
  void shouldServeAContractThatDescribesTheCodeExactly() {
    var openapi = ApiClient.anonymous(base).get("openapi?format=json", "application/json");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(ContractCheck.violations(openapi.json())).isEmpty();
    assertThat(summary(openapi.json(), "/api/models", "post")).isEqualTo("新建监督模型草稿（建模人）");
  }

  @Test
  void shouldServeTheOpenApiDocumentInEnglishWhenAsked() {
    var byParameter = ApiClient.anonymous(base).get("openapi?lang=en");
    var byHeader =
        ApiClient.anonymous(base)
            .sendWith("GET", "openapi?format=yaml", null, "Accept-Language", "en-GB,zh;q=0.5");
    var chinese =
        ApiClient.anonymous(base)
            .sendWith(
                "GET",
                "openapi?format=json",
                null,
                "Accept-Language",
                "zh-CN,en;q=0.5",
                "Accept",
                "application/json");

    for (var english : List.of(byParameter, byHeader)) {
      assertThat(english.status()).isEqualTo(200);
      assertThat(english.contentType()).startsWith("application/json");
      assertThat(summary(english.json(), "/api/models", "post"))
          .isEqualTo("Create a model draft (creator)");
      assertThat(english.body()).doesNotContainPattern("\\p{IsHan}");
      assertThat(ContractCheck.violations(english.json())).isEmpty();
    }
    assertThat(summary(chinese.json(), "/api/models", "post")).isEqualTo("新建监督模型草稿（建模人）");
  }

  private static String summary(JsonObject openapi, String path, String verb) {
    return openapi
        .getJsonObject("paths")
        .getJsonObject(path)
        .getJsonObject(verb)
        .getString("summary");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/me", "api/models/1", "api/units", "api", "api/no-such-thing"})
  void shouldAnswerAnonymousApiCallsWith401Problem(String path) {
    var reply = ApiClient.anonymous(base).get(path);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().getString("type")).endsWith("/unauthenticated");
    assertThat(reply.json().getString("code")).isEqualTo("auth.required");
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
    assertThat(me.json().getString("code")).isEqualTo("auth.bad-credentials");
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
    assertThat(again.json().getString("code")).isEqualTo("model.not-a-draft");
    assertThat(again.json().getJsonObject("args").getString("stage")).isEqualTo("SCREENING");
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
    String invalid = "input.invalid";
    return Stream.of(
        Arguments.of(
            "malformed JSON",
            "{\"title\":",
            400,
            "input.malformed-json",
            "body",
            "syntax",
            "input.malformed-json"),
        Arguments.of(
            "unknown field",
            "{\"title\":\"x\",\"owner\":\"admin\"}",
            400,
            invalid,
            "owner",
            "unknown-field",
            "input.unknown-field"),
        Arguments.of(
            "wrong type",
            "{\"title\":\"x\",\"supervisionPointId\":\"abc\"}",
            400,
            invalid,
            "supervisionPointId",
            "type",
            "input.type"),
        Arguments.of(
            "missing fields",
            "{\"title\":\"x\"}",
            400,
            invalid,
            "problemStatement",
            "NotBlank",
            "input.not-blank"),
        Arguments.of(
            "blank title", draft(" "), 400, invalid, "title", "NotBlank", "input.not-blank"),
        Arguments.of(
            "title too long", draft(longTitle), 400, invalid, "title", "Size", "input.size"),
        Arguments.of(
            "unknown supervision point",
            draft("x").replace("\"supervisionPointId\":1", "\"supervisionPointId\":999999"),
            400,
            invalid,
            "supervisionPointId",
            "exists",
            null),
        Arguments.of(
            "negative supervision point",
            draft("x").replace("\"supervisionPointId\":1", "\"supervisionPointId\":-1"),
            400,
            invalid,
            "supervisionPointId",
            "Positive",
            "input.positive"),
        Arguments.of(
            "JSON array instead of object", "[1,2]", 400, invalid, "body", null, "input.type"),
        Arguments.of("empty body", null, 400, "http.bad-request", null, null, null),
        Arguments.of(
            "body over 1 MiB",
            "{\"title\":\"" + "x".repeat(1_100_000) + "\"}",
            413,
            "input.payload-too-large",
            null,
            null,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void shouldAnswerBadDraftsWithProblemNamingFieldAndRuleAndWriteNothing(
      String label,
      String body,
      int status,
      String code,
      String field,
      String rule,
      String errorCode)
      throws Exception {
    long before = TestDatabase.count("select count(*) from mg_supervision_model");

    var reply = ApiClient.as(base, "creator").post("api/models", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    if (field != null) {
      List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
      assertThat(errors)
          .as(reply.body())
          .anySatisfy(
              error -> {
                assertThat(error.getString("field")).isEqualTo(field);
                if (rule != null) {
                  assertThat(error.getString("rule")).isEqualTo(rule);
                }
                if (errorCode != null) {
                  assertThat(error.getString("code")).isEqualTo(errorCode);
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
    assertThat(xml.json().getString("code")).isEqualTo("http.unsupported-media-type");
    assertThat(notANumber.status()).isEqualTo(404);
    assertThat(notANumber.json().getString("code")).isEqualTo("http.not-found");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("code")).isEqualTo("model.not-found");
    assertThat(unknown.json().getString("detail")).contains("987654321");
    assertThat(unknownSubmit.status()).isEqualTo(404);
    assertThat(unknownSubmit.json().getString("code")).isEqualTo("model.not-found");
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

  // --- API access without sessions, personal access tokens, hardened edges (issue 11) ---

  static final String ONE_YEAR_TOKEN = "{\"name\":\"%s\",\"expiresOn\":\"%s\"}";

  static String tokenRequest(String name, java.time.LocalDate expiresOn) {
    return ONE_YEAR_TOKEN.formatted(name, expiresOn);
  }

  static java.time.LocalDate inDays(int days) {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(days);
  }

  static void assertNoCookie(ApiClient.Reply reply) {
    assertThat(reply.raw().headers().allValues("Set-Cookie")).as("Set-Cookie").isEmpty();
  }

  @Test
  void shouldCreateNoSessionForBasicCalls() {
    var creator = ApiClient.as(base, "creator");

    var me = creator.get("api/me");
    var again = creator.get("api/models");
    var refused = ApiClient.as(base, "creator", "wrong-password").get("api/me");

    assertThat(me.status()).isEqualTo(200);
    assertNoCookie(me);
    assertNoCookie(again);
    assertNoCookie(refused);
  }

  @Test
  void shouldCreateUseListAndRevokeAPersonalAccessToken() throws Exception {
    var creator = ApiClient.as(base, "creator");

    // when: the creator makes a token for a script
    var created = creator.post("api/me/tokens", tokenRequest("夜间比对脚本", inDays(365)));

    // then: the value is shown once, only its digest is stored
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertNoCookie(created);
    String value = created.json().getString("value");
    long id = created.json().getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(value).startsWith("mgt_").hasSize(47);
    assertThat(created.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/me/tokens/" + id));
    assertThat(
            TestDatabase.count("select count(*) from mg_api_token where secret_digest = ?", value))
        .isZero();
    assertThat(TestDatabase.string("select secret_digest from mg_api_token where id = ?", id))
        .hasSize(64)
        .doesNotContain(value.substring(4, 20));

    // and the token acts as the creator, without a session
    var script = ApiClient.bearer(base, value);
    var me = script.get("api/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo("creator");
    assertNoCookie(me);
    var draft = script.post("api/models", draft("令牌创建的草稿"));
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertNoCookie(draft);
    assertThat(script.get("api/me").status()).isEqualTo(200);

    // and a token cannot make another
    assertThat(script.post("api/me/tokens", tokenRequest("套娃", inDays(30))).status())
        .isEqualTo(403);

    // and the list shows it without its value, another user neither sees nor revokes it
    var listed = creator.get("api/me/tokens");
    assertThat(listed.body()).contains("夜间比对脚本").doesNotContain(value);
    assertThat(ApiClient.as(base, "creator2").get("api/me/tokens").body()).doesNotContain("夜间比对脚本");
    assertThat(
            ApiClient.as(base, "creator2").sendWith("DELETE", "api/me/tokens/" + id, null).status())
        .isEqualTo(404);
    assertThat(ApiClient.as(base, "admin").get("api/admin/tokens").body()).contains("夜间比对脚本");

    // when: the creator revokes it
    var revoked = creator.sendWith("DELETE", "api/me/tokens/" + id, null);

    // then: the next call with it is refused
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().getBoolean("active")).isFalse();
    var after = script.get("api/me");
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.contentType()).startsWith(PROBLEM_JSON);
    assertThat(after.json().getString("type")).endsWith("/unauthenticated");
    assertNoCookie(after);

    // and creation, first use from an address and revocation are in the audit trail
    for (String action : List.of("TOKEN_CREATED", "TOKEN_USED_FROM_NEW_ADDRESS", "TOKEN_REVOKED")) {
      assertThat(
              TestDatabase.count(
                  "select count(*) from mg_audit_entry where action = ? and entity_type = 'ApiToken'"
                      + " and entity_id = ?",
                  action,
                  String.valueOf(id)))
          .as(action)
          .isEqualTo(1);
    }
  }

  @Test
  void shouldStopTheTokensOfADisabledUserAtOnceAndLetAdminsRevoke() throws Exception {
    ProposalFlowIT.addUser(900_301, "token-owner", "令牌测试用户", "XZ", "creator");
    var owner = ApiClient.as(base, "token-owner");
    var first = owner.post("api/me/tokens", tokenRequest("停用前", inDays(10)));
    var second = owner.post("api/me/tokens", tokenRequest("管理员吊销", inDays(10)));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    var script = ApiClient.bearer(base, first.json().getString("value"));
    assertThat(script.get("api/me").status()).isEqualTo(200);
    var admin = ApiClient.as(base, "admin");

    // when: an administrator revokes one and disables the account
    long secondId = second.json().getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(admin.get("api/admin/tokens?user=900301").body()).contains("停用前").contains("管理员吊销");
    assertThat(admin.sendWith("DELETE", "api/admin/tokens/" + secondId, null).status())
        .isEqualTo(200);
    assertThat(ApiClient.bearer(base, second.json().getString("value")).get("api/me").status())
        .isEqualTo(401);
    assertThat(admin.post("api/admin/users/900301/disable", null).status()).isEqualTo(200);

    // then: the other token stops at the next call
    var refused = script.get("api/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "mgt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "mgt_tooShort",
        "not-a-token",
        "mgt_<script>alert(1)</script>AAAAAAAAAAAAAAAAAAAAAAAA"
      })
  void shouldRefuseForgedOrMalformedTokensWith401Problem(String value) {
    var reply = ApiClient.bearer(base, value).get("api/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().getString("type")).endsWith("/unauthenticated");
    assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void shouldRefuseATruncatedTokenWith401() {
    var created =
        ApiClient.as(base, "staff").post("api/me/tokens", tokenRequest("截断测试", inDays(5)));
    String value = created.json().getString("value");

    var truncated = ApiClient.bearer(base, value.substring(0, value.length() - 1)).get("api/me");
    var altered =
        ApiClient.bearer(
                base, value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A"))
            .get("api/me");

    assertThat(truncated.status()).isEqualTo(401);
    assertThat(altered.status()).isEqualTo(401);
    assertThat(ApiClient.bearer(base, value).get("api/me").status()).isEqualTo(200);
  }

  static Stream<Arguments> badTokenRequests() {
    return Stream.of(
        Arguments.of(
            "expiry over a year", tokenRequest("x", inDays(367)), "expiresOn", "MaxLifetime"),
        Arguments.of("expiry in the past", tokenRequest("x", inDays(-1)), "expiresOn", "Future"),
        Arguments.of("no expiry", "{\"name\":\"x\"}", "expiresOn", "NotNull"),
        Arguments.of("blank name", tokenRequest(" ", inDays(5)), "name", "NotBlank"),
        Arguments.of("name too long", tokenRequest("n".repeat(101), inDays(5)), "name", "Size"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokenRequests")
  void shouldAnswerBadTokenRequestsWith400NamingTheField(
      String label, String body, String field, String rule) throws Exception {
    long before = TestDatabase.count("select count(*) from mg_api_token");

    var reply = ApiClient.as(base, "creator").post("api/me/tokens", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .anySatisfy(
            error -> {
              assertThat(error.getString("field")).isEqualTo(field);
              assertThat(error.getString("rule")).isEqualTo(rule);
            });
    assertThat(TestDatabase.count("select count(*) from mg_api_token")).isEqualTo(before);
  }

  @Test
  void shouldSendSecurityHeadersAndNoVersionBanner() {
    var page = ApiClient.anonymous(base).get("login.xhtml", "text/html");
    var api = ApiClient.as(base, "creator").get("api/me");

    for (var reply : List.of(page, api)) {
      var headers = reply.raw().headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'self'")
                      .doesNotContain("unsafe-eval"));
      assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(headers.firstValue("X-Powered-By")).isEmpty();
      assertThat(headers.firstValue("Server").orElse("")).doesNotContainPattern("\\d");
    }
    assertThat(page.status()).isEqualTo(200);
  }

  @Test
  void shouldAnswerMalformedContentTypeAndAcceptWithProblems() {
    var creator = ApiClient.as(base, "creator");

    var contentType =
        creator.sendWith("POST", "api/models", draft("x"), "Content-Type", "application/json;;=;");
    var noSubtype = creator.sendWith("POST", "api/models", draft("x"), "Content-Type", "json");
    var accept = creator.sendWith("GET", "api/me", null, "Accept", "a/b/c;;");

    assertThat(contentType.status()).isEqualTo(400);
    assertThat(noSubtype.status()).isEqualTo(400);
    assertThat(accept.status()).isEqualTo(400);
    assertThat(contentType.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("Content-Type");
    assertThat(accept.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("Accept");
    for (var reply : List.of(contentType, noSubtype, accept)) {
      assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    }
    assertThat(creator.sendWith("GET", "api/me", null, "Accept", "*; q=.2, */*; q=.2").status())
        .isEqualTo(200);
  }

  @Test
  void shouldNotServeMetricsToAnonymousCallers() {
    var metrics = ApiClient.anonymous(base).get("metrics", "text/plain");

    assertThat(metrics.status()).isNotEqualTo(200);
    assertThat(metrics.body()).doesNotContain("memory_").doesNotContain("thread_");
  }

  @Test
  void shouldCountSignInFailuresInTheDatabaseIgnoringAnUntrustedForwardedFor() throws Exception {
    // given: a window that ran out long ago
    TestDatabase.update(
        "insert into mg_sign_in_window (throttle_key, window_start, failures) values (?, ?, 3)",
        "user:long-gone",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));

    // when: a client not behind a trusted proxy claims another address
    var failed =
        ApiClient.as(base, "throttle-probe", "wrong")
            .sendWith("GET", "api/me", null, "X-Forwarded-For", "203.0.113.7");

    // then: the failure is counted for the account and the real address, old windows are gone
    assertThat(failed.status()).isEqualTo(401);
    assertThat(
            TestDatabase.count(
                "select failures from mg_sign_in_window where throttle_key = 'user:throttle-probe'"))
        .isEqualTo(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_sign_in_window where throttle_key = 'addr:203.0.113.7'"))
        .isZero();
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_sign_in_window where throttle_key = 'user:long-gone'"))
        .isZero();

    // and after five failures the account is refused, whatever the password
    for (int i = 0; i < 4; i++) {
      ApiClient.as(base, "throttle-probe", "wrong").get("api/me");
    }
    var throttled = ApiClient.as(base, "throttle-probe", "wrong").get("api/me");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.contentType()).startsWith(PROBLEM_JSON);
    // The counts outlive this server now: leave the loopback address unthrottled for the next ITs.
    TestDatabase.update("delete from mg_sign_in_window");
  }
}
