package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict input, fuzz-style (issue 12): every documented operation that takes a body or query
 * parameters gets overflowing numbers, fractions, control characters, bidirectional overrides,
 * unpaired surrogates, unknown enum values, wrong JSON types and malformed headers, and must answer
 * a 4xx problem+json naming the field path, the rule and a code — on H2 and on PostgreSQL. Also:
 * the clue race answered 409 (made deterministic with a row lock), clue files reported whole, pilot
 * units that handle cases, UTF-8 attachment names and strong ETags (the OpenAPI contract:
 * FoundationIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

  static final String PROBLEM_JSON = "application/problem+json";
  static final long NO_SUCH = 987654321L;

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

  record Bad(String user, String method, String path, String body, String field, String rule) {
    @Override
    public String toString() {
      return method + " " + path + " " + (body == null ? "" : body) + " → " + field + "/" + rule;
    }
  }

  static final String DRAFT = ModelRequests.draft("严格输入验证模型");

  static String draftWith(String field, String jsonValue) {
    String draft = DRAFT;
    if (field.equals("supervisionPointId")) {
      return draft.replace("\"supervisionPointId\":7", "\"supervisionPointId\":" + jsonValue);
    }
    return draft.replaceFirst(
        "\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\])",
        java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + jsonValue));
  }

  static Stream<Bad> badRequests() {
    String m = "api/models/" + NO_SUCH;
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"2027-03-01\",\"minValidRate\":0.5,\"minCasesFormed\":0,"
            + "\"minCluesForJudgement\":10,\"units\":[{\"unitId\":1,\"baselineClues\":0,\"baselineCases\":0,"
            + "\"baselineRecovered\":0},{\"unitId\":%s,\"baselineClues\":0,\"baselineCases\":%s,\"baselineRecovered\":0}]}";
    String forum =
        "{\"title\":%s,\"scheduledAt\":%s,\"place\":\"市院\",\"presidingLeaderId\":1,\"reviewerIds\":[%s]}";
    return Stream.of(
        // numbers
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("supervisionPointId", "18446744073709551617"),
            "supervisionPointId",
            "overflow"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("supervisionPointId", "1.5"),
            "supervisionPointId",
            "fraction"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("supervisionPointId", "70e-1"),
            "supervisionPointId",
            "fraction"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("coCreatorIds", "[1, 2.5]"),
            "coCreatorIds[1]",
            "fraction"),
        new Bad(
            "reviewer",
            "POST",
            m + "/reviews",
            ModelRequests.review(5).replace("\"necessity\":5", "\"necessity\":4294967301"),
            "necessity",
            "overflow"),
        new Bad(
            "staff",
            "POST",
            m + "/clues",
            "{\"unitId\":9223372036854775808,\"externalRef\":\"A\",\"party\":\"p\",\"summary\":\"s\",\"foundOn\":\"2026-01-01\"}",
            "unitId",
            "overflow"),
        new Bad(
            "staff",
            "POST",
            m + "/pilot-plan",
            plan.formatted("2027-01-01", "2", "1.5"),
            "units[1].baselineCases",
            "fraction"),
        new Bad(
            "staff",
            "POST",
            "api/forums",
            forum.formatted("\"会\"", "\"2027-01-01T00:00:00Z\"", "1, 1e400"),
            "reviewerIds[1]",
            "fraction"),
        // texts
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"a\\u0000b\""),
            "title",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"a\\u0007b\""),
            "title",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"a\\u0085b\""),
            "title",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"line\\nbreak\""),
            "title",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"invoice\\u202Efdp.exe\""),
            "title",
            "bidi-control"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"x\\u2066y\""),
            "title",
            "bidi-control"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("title", "\"x\\ud800y\""),
            "title",
            "unpaired-surrogate"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("problemStatement", "\"x\\u0000y\""),
            "problemStatement",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            m + "/comments",
            "{\"body\":\"x\\u0000y\"}",
            "body",
            "control-character"),
        new Bad(
            "creator",
            "POST",
            m + "/withdraw",
            "{\"reason\":\"\\udc00\"}",
            "reason",
            "unpaired-surrogate"),
        new Bad(
            "staff",
            "POST",
            "api/forums",
            forum.formatted("\"\\u202Eabc\"", "\"2027-01-01T00:00:00Z\"", "1"),
            "title",
            "bidi-control"),
        new Bad(
            "staff",
            "POST",
            m + "/clues",
            "{\"unitId\":1,\"externalRef\":\"A\\u0000\",\"party\":\"p\",\"summary\":\"s\",\"foundOn\":\"2026-01-01\"}",
            "externalRef",
            "control-character"),
        new Bad(
            "admin",
            "POST",
            "api/admin/units",
            "{\"code\":\"X1\",\"name\":\"单位\\u202E\",\"nameEn\":\"Unit\",\"kind\":\"GRASSROOTS\",\"cityWide\":false}",
            "name",
            "bidi-control"),
        // enums
        new Bad("staff", "POST", m + "/screening", "{\"outcome\":\"MAYBE\"}", "outcome", "enum"),
        new Bad("leader", "POST", m + "/ruling", "{\"outcome\":\"MAYBE\"}", "outcome", "enum"),
        new Bad("leader", "POST", m + "/ruling", "{\"outcome\":\"go\"}", "outcome", "enum"),
        new Bad(
            "staff", "PATCH", "api/clues/" + NO_SUCH, "{\"status\":\"SOLVED\"}", "status", "enum"),
        new Bad(
            "staff",
            "PATCH",
            "api/clues/" + NO_SUCH,
            "{\"status\":\"VERIFIED_INVALID\",\"invalidReason\":\"LAZY\"}",
            "invalidReason",
            "enum"),
        new Bad("staff", "PUT", m + "/adoption/1", "{\"status\":\"LIVE\"}", "status", "enum"),
        new Bad(
            "leader",
            "POST",
            m + "/pilot-decision",
            "{\"decision\":\"PERHAPS\"}",
            "decision",
            "enum"),
        new Bad(
            "admin",
            "POST",
            "api/admin/users",
            "{\"username\":\"abc\",\"displayName\":\"x\",\"unitId\":1,\"roles\":[\"GOD\"]}",
            "roles[0]",
            "enum"),
        // types
        new Bad("creator", "POST", "api/models", draftWith("title", "[\"a\"]"), "title", "type"),
        new Bad("creator", "POST", "api/models", draftWith("title", "{}"), "title", "type"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("coCreatorIds", "\"1\""),
            "coCreatorIds",
            "type"),
        new Bad(
            "creator",
            "POST",
            "api/models",
            draftWith("supervisionPointId", "true"),
            "supervisionPointId",
            "type"),
        new Bad("staff", "POST", m + "/screening", "{\"outcome\":[\"ACCEPT\"]}", "outcome", "enum"),
        new Bad(
            "staff",
            "POST",
            m + "/pilot-plan",
            plan.formatted("明天", "2", "0"),
            "startDate",
            "type"),
        new Bad(
            "staff",
            "POST",
            m + "/pilot-plan",
            plan.formatted("2027-01-01", "\"x\"", "0"),
            "units[1].unitId",
            "type"),
        new Bad(
            "staff",
            "POST",
            "api/forums",
            forum.formatted("\"会\"", "5", "1"),
            "scheduledAt",
            "type"),
        new Bad(
            "staff",
            "POST",
            m + "/clues",
            "{\"unitId\":1,\"externalRef\":\"A\",\"party\":\"p\",\"summary\":\"s\",\"foundOn\":\"2026-02-30\"}",
            "foundOn",
            "type"),
        new Bad(
            "admin",
            "POST",
            "api/admin/units",
            "{\"code\":\"X1\",\"name\":\"n\",\"nameEn\":\"n\",\"kind\":\"GRASSROOTS\",\"cityWide\":\"yes\"}",
            "cityWide",
            "type"),
        new Bad(
            "staff",
            "POST",
            "api/forums/" + NO_SUCH + "/agenda",
            "{\"modelId\":1,\"extra\":1}",
            "extra",
            "unknown-field"),
        new Bad(
            "staff",
            "POST",
            "api/forums/" + NO_SUCH + "/agenda",
            "[{\"modelId\":1}]",
            "body",
            "type"),
        // query parameters
        new Bad("staff", "GET", "api/models?stage=NOPE", null, "stage", "enum"),
        new Bad("staff", "GET", "api/models?businessLine=X", null, "businessLine", "enum"),
        new Bad("staff", "GET", "api/models?page=1.5", null, "page", "type"),
        new Bad("staff", "GET", "api/models?size=99999999999", null, "size", "overflow"),
        new Bad("staff", "GET", "api/models?unit=18446744073709551617", null, "unit", "overflow"),
        new Bad("staff", "GET", "api/models?unitWork=yes", null, "unitWork", "type"),
        new Bad("staff", "GET", "api/models?q=a%00b", null, "q", "control-character"),
        new Bad("staff", "GET", m + "/clues?status=SOLVED", null, "status", "enum"),
        new Bad("admin", "GET", "api/admin/users?page=-", null, "page", "type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void shouldAnswerEveryBadInputWithAProblemNamingFieldRuleAndCode(Bad bad) {
    var reply =
        as(bad.user())
            .sendRaw(
                bad.method(),
                bad.path(),
                bad.body() == null ? null : "application/json",
                bad.body());

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    JsonObject problem = reply.json();
    assertThat(problem.getString("code")).isEqualTo("input.invalid");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .as(reply.body())
        .anySatisfy(
            error -> {
              assertThat(error.getString("field")).isEqualTo(bad.field());
              assertThat(error.getString("rule")).isEqualTo(bad.rule());
              assertThat(error.getString("code")).isEqualTo("input." + bad.rule());
              assertThat(error.getJsonObject("args").getString("field")).isEqualTo(bad.field());
              assertThat(error.getString("message")).contains(bad.field());
              if (bad.rule().equals("enum")) {
                assertThat(error.getJsonArray("allowed")).isNotEmpty();
                assertThat(error.getJsonObject("args").getJsonArray("allowed"))
                    .isEqualTo(error.getJsonArray("allowed"));
              }
            });
  }

  @Test
  void shouldNameTheAllowedStagesForAnUnknownStageParameter() {
    var reply = as("staff").get("api/models?stage=NOPE");

    assertThat(reply.status()).isEqualTo(400);
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getJsonArray("allowed").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("DRAFT", "SCREENING", "PILOT");
  }

  /** Han characters and CJK punctuation: what an English reader must not be shown. */
  static final String CHINESE = "[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]";

  static ApiClient.Reply inEnglish(ApiClient client, String method, String path, String body) {
    return client.sendWith(
        method,
        path,
        body,
        "Content-Type",
        "application/json",
        "Accept-Language",
        "en-GB,en;q=0.9,zh;q=0.5");
  }

  @Test
  void shouldWordProblemsInTheCallersLanguage() {
    var creator = as("creator");
    var input =
        inEnglish(
            creator, "POST", "api/models", draftWith("supervisionPointId", "18446744073709551617"));
    var blank = inEnglish(creator, "POST", "api/models", draftWith("title", "\"  \""));
    var blankInChinese = creator.post("api/models", draftWith("title", "\"  \""));
    var missing = inEnglish(creator, "GET", "api/models/" + NO_SUCH, null);
    var noAddress = inEnglish(creator, "GET", "api/no-such-thing", null);
    var anonymous = inEnglish(ApiClient.anonymous(base), "GET", "api/me", null);
    var anonymousInChinese = ApiClient.anonymous(base).get("api/me");

    assertThat(input.status()).isEqualTo(400);
    assertThat(input.json().getString("code")).isEqualTo("input.invalid");
    assertThat(input.json().getString("title")).isEqualTo("Invalid input");
    assertThat(input.json().getString("detail")).isEqualTo("Invalid input: supervisionPointId");
    JsonObject overflow = input.json().getJsonArray("errors").getJsonObject(0);
    assertThat(overflow.getString("code")).isEqualTo("input.overflow");
    assertThat(overflow.getJsonObject("args").getString("max"))
        .isEqualTo(String.valueOf(Long.MAX_VALUE));
    assertThat(overflow.getString("message"))
        .isEqualTo(
            "supervisionPointId is out of range (%d to %d): 18446744073709551617"
                .formatted(Long.MIN_VALUE, Long.MAX_VALUE));
    assertThat(input.body()).doesNotContainPattern(CHINESE);

    assertThat(blank.status()).isEqualTo(400);
    JsonObject notBlank = blank.json().getJsonArray("errors").getJsonObject(0);
    assertThat(notBlank.getString("field")).isEqualTo("title");
    assertThat(notBlank.getString("rule")).isEqualTo("NotBlank");
    assertThat(notBlank.getString("code")).isEqualTo("input.not-blank");
    assertThat(notBlank.getString("message")).isEqualTo("must not be empty");
    assertThat(blank.body()).doesNotContainPattern(CHINESE);
    JsonObject notBlankInChinese = blankInChinese.json().getJsonArray("errors").getJsonObject(0);
    assertThat(notBlankInChinese.getString("code")).isEqualTo("input.not-blank");
    assertThat(notBlankInChinese.getString("message")).isEqualTo("不能为空");
    assertThat(blankInChinese.json().getString("title")).isEqualTo("输入有误");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getString("code")).isEqualTo("model.not-found");
    assertThat(missing.json().getJsonObject("args").getJsonNumber("id").longValue())
        .isEqualTo(NO_SUCH);
    assertThat(missing.json().getString("title")).isEqualTo("Not found");
    assertThat(missing.json().getString("detail"))
        .isEqualTo("Supervision model " + NO_SUCH + " does not exist");
    assertThat(noAddress.status()).isEqualTo(404);
    assertThat(noAddress.json().getString("code")).isEqualTo("http.not-found");
    assertThat(noAddress.body()).doesNotContainPattern(CHINESE);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getString("code")).isEqualTo("auth.required");
    assertThat(anonymous.json().getString("title")).isEqualTo("Please sign in");
    assertThat(anonymous.body()).doesNotContainPattern(CHINESE);
    assertThat(anonymousInChinese.json().getString("code")).isEqualTo("auth.required");
    assertThat(anonymousInChinese.json().getString("title")).isEqualTo("请先登录");
  }

  @Test
  void shouldPrintTheMinutesInTheReadersLanguage() throws Exception {
    var forum =
        as("staff")
            .post(
                "api/forums",
                "{\"title\":\"纪要语言验证论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                    .formatted(
                        Instant.parse("2027-03-02T01:30:00Z"),
                        userId("leader"),
                        userId("reviewer")));
    assertThat(forum.status()).as(forum.body()).isEqualTo(201);
    String minutes = "api/forums/" + forum.json().getJsonNumber("id") + "/minutes";

    var english =
        as("staff").sendWith("GET", minutes, null, "Accept", "text/html", "Accept-Language", "en");
    var chinese =
        as("staff")
            .sendWith(
                "GET", minutes + "?lang=zh", null, "Accept", "text/html", "Accept-Language", "en");

    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body())
        .contains("<html lang=\"en\">")
        .contains("Minutes of 纪要语言验证论证会")
        .contains("2 March 2027, 09:30")
        .contains("There was nothing on the agenda of this forum.");
    assertThat(chinese.body())
        .contains("<html lang=\"zh-CN\">")
        .contains("会议纪要")
        .contains("2027年3月2日 09:30");
  }

  @Test
  void shouldStoreNothingOfARefusedBodyAndKeepLongTextLineBreaks() throws Exception {
    long before = TestDatabase.count("select count(*) from mg_supervision_model");

    var overflow =
        as("creator").post("api/models", draftWith("supervisionPointId", "18446744073709551617"));
    var multiLine =
        as("creator").post("api/models", draftWith("problemStatement", "\"第一段\\r\\n\\t第二段\""));

    assertThat(overflow.status()).isEqualTo(400);
    assertThat(multiLine.status()).as(multiLine.body()).isEqualTo(201);
    assertThat(multiLine.json().getString("problemStatement")).isEqualTo("第一段\r\n\t第二段");
    assertThat(TestDatabase.count("select count(*) from mg_supervision_model"))
        .isEqualTo(before + 1);
  }

  @Test
  void shouldAnswerMalformedHeadersWithProblems() {
    var creator = as("creator");
    long id = creator.post("api/models", DRAFT).json().getJsonNumber("id").longValue();

    var weak =
        creator.sendRaw(
            "PUT", "api/models/" + id, "application/json", DRAFT, "If-Match", "W/\"1\"");
    var garbage =
        creator.sendRaw(
            "PUT", "api/models/" + id, "application/json", DRAFT, "If-Match", "\"abc\"");
    var huge =
        creator.sendRaw(
            "PUT",
            "api/models/" + id,
            "application/json",
            DRAFT,
            "If-Match",
            "\"99999999999999999999\"");
    var key =
        creator.sendRaw(
            "POST", "api/models", "application/json", DRAFT, "Idempotency-Key", "k".repeat(201));
    var mediaType = creator.sendRaw("POST", "api/models", "application/json; charset", DRAFT);
    var noMediaType = creator.sendRaw("POST", "api/models", "text/plain", DRAFT);

    assertThat(weak.status()).as(weak.body()).isEqualTo(412);
    assertThat(weak.json().getString("code")).isEqualTo("precondition.weak-etag");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("If-Match");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("Idempotency-Key");
    for (var reply : List.of(weak, garbage, huge, key, mediaType, noMediaType)) {
      assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
      assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    }
  }

  @Test
  void shouldAnswerEverySuccessfulPutWithTheNewStrongETag() {
    var creator = as("creator");
    var created = creator.post("api/models", DRAFT);
    long id = created.json().getJsonNumber("id").longValue();
    String etag = created.raw().headers().firstValue("ETag").orElseThrow();

    var updated =
        creator.sendRaw(
            "PUT",
            "api/models/" + id,
            "application/json",
            draftWith("title", "\"改过的标题\""),
            "If-Match",
            etag);
    var unit = as("admin").get("api/admin/units");
    JsonObject first = unit.jsonStructure().asJsonArray().getJsonObject(0);
    String unitBody =
        "{\"code\":\"%s\",\"name\":\"%s\",\"nameEn\":\"%s\",\"kind\":\"%s\",%s\"cityWide\":%s}"
            .formatted(
                first.getString("code"),
                first.getString("name"),
                first.getString("nameEn"),
                first.getString("kind"),
                !first.containsKey("parentId") || first.isNull("parentId")
                    ? ""
                    : "\"parentId\":" + first.getJsonNumber("parentId") + ",",
                first.getBoolean("cityWide"));
    var changedUnit =
        as("admin")
            .sendRaw(
                "PUT",
                "api/admin/units/" + first.getJsonNumber("id"),
                "application/json",
                unitBody);

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    String next = updated.raw().headers().firstValue("ETag").orElseThrow();
    assertThat(next).doesNotStartWith("W/").isNotEqualTo(etag);
    assertThat(changedUnit.status()).as(changedUnit.body()).isEqualTo(200);
    assertThat(changedUnit.raw().headers().firstValue("ETag")).get().asString().startsWith("\"");
    // the old tag no longer matches
    assertThat(
            creator
                .sendRaw("PUT", "api/models/" + id, "application/json", DRAFT, "If-Match", etag)
                .status())
        .isEqualTo(412);
  }

  @Test
  void shouldKeepTheUtf8NameOfAnAttachment() {
    var creator = as("creator");
    long id = creator.post("api/models", DRAFT).json().getJsonNumber("id").longValue();
    byte[] pdf =
        "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    var uploaded =
        creator.upload("api/models/" + id + "/attachments", "模型说明.pdf", "application/pdf", pdf);

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(uploaded.json().getString("fileName")).isEqualTo("模型说明.pdf");
    long attachmentId = uploaded.json().getJsonNumber("id").longValue();
    HttpResponse<byte[]> download =
        creator.getBytes("api/models/" + id + "/attachments/" + attachmentId);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("filename*=UTF-8''%E6%A8%A1%E5%9E%8B%E8%AF%B4%E6%98%8E.pdf");
  }

  // The clue race, the clue file and the pilot units need a model in pilot.

  static long userId(String username) throws Exception {
    return TestDatabase.count("select id from mg_user where username = ?", username);
  }

  static long unitId(String code) throws Exception {
    return TestDatabase.count("select id from mg_unit where code = ?", code);
  }

  long modelInPilot(String title) throws Exception {
    var created = as("creator").post("api/models", ModelRequests.draft(title));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(as("creator").post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    var forum =
        as("staff")
            .post(
                "api/forums",
                "{\"title\":\"严格输入论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                    .formatted(Instant.now(), userId("leader"), userId("reviewer")));
    assertThat(forum.status()).as(forum.body()).isEqualTo(201);
    long forumId = forum.json().getJsonNumber("id").longValue();
    assertThat(
            as("staff")
                .post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}")
                .status())
        .isEqualTo(200);
    assertThat(
            as("reviewer").post("api/models/" + id + "/reviews", ModelRequests.review(5)).status())
        .isEqualTo(201);
    assertThat(as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}").status())
        .isEqualTo(201);
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":100,"
            + "\"units\":[{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0},"
            + "{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}]}";
    // units that handle no cases are refused, named by their path
    for (String code : List.of("EXT", "XC-DPO")) {
      var refused =
          as("staff")
              .post(
                  "api/models/" + id + "/pilot-plan",
                  plan.formatted(
                      LocalDate.now(), LocalDate.now().plusDays(60), unitId("XZ"), unitId(code)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("units[1].unitId");
    }
    var planned =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                plan.formatted(
                    LocalDate.now(), LocalDate.now().plusDays(60), unitId("XZ"), unitId("LX")));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    return id;
  }

  @Test
  void shouldAnswerTheLoserOfTwoSimultaneousClueStepsWith409() throws Exception {
    long id = modelInPilot("线索竞争验证模型");
    var created =
        as("staff")
            .post(
                "api/models/" + id + "/clues",
                "{\"unitId\":%d,\"externalRef\":\"RACE-1\",\"party\":\"王某\",\"summary\":\"竞争\",\"foundOn\":\"%s\"}"
                    .formatted(unitId("XZ"), LocalDate.now()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long clueId = created.json().getJsonNumber("id").longValue();
    long version = TestDatabase.count("select row_version from mg_clue where id = ?", clueId);

    List<ApiClient.Reply> replies;
    // given both requests have read the clue and wait for its row, locked by this test
    try (Connection lock = TestDatabase.connect()) {
      lock.setAutoCommit(false);
      try (PreparedStatement select =
          lock.prepareStatement("select id from mg_clue where id = ? for update")) {
        select.setLong(1, clueId);
        select.executeQuery().close();
      }
      CompletableFuture<ApiClient.Reply> valid =
          CompletableFuture.supplyAsync(
              () ->
                  inEnglish(
                      as("staff"),
                      "PATCH",
                      "api/clues/" + clueId,
                      "{\"status\":\"VERIFIED_VALID\"}"));
      CompletableFuture<ApiClient.Reply> invalid =
          CompletableFuture.supplyAsync(
              () ->
                  inEnglish(
                      as("staff"),
                      "PATCH",
                      "api/clues/" + clueId,
                      "{\"status\":\"VERIFIED_INVALID\",\"invalidReason\":\"%s\"}"
                          .formatted(firstInvalidReason())));
      // both updates are queued behind the lock (H2's LOCK_TIMEOUT is 10 s): the database says so
      await()
          .atMost(Duration.ofSeconds(8))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> TestDatabase.count(WAITING_FOR_A_LOCK) >= 2);
      // when the lock is released
      lock.rollback();
      replies = List.of(valid.join(), invalid.join());
    }

    // then one wins and the other is told of the conflict, not an internal error
    assertThat(replies).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(200, 409);
    ApiClient.Reply loser =
        replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(loser.contentType()).startsWith(PROBLEM_JSON);
    assertThat(loser.json().getString("code")).isEqualTo("conflict.concurrent-change");
    assertThat(loser.json().getString("title")).isEqualTo("Not possible in the current state");
    assertThat(loser.json().getString("detail")).startsWith("Someone else changed the same data");
    assertThat(loser.body()).doesNotContainPattern(CHINESE);
    assertThat(TestDatabase.count("select row_version from mg_clue where id = ?", clueId))
        .isEqualTo(version + 1);
  }

  /** Sessions of the application waiting for a row lock, on PostgreSQL or H2. */
  static final String WAITING_FOR_A_LOCK =
      System.getProperty("it.db.url", "").startsWith("jdbc:postgresql")
          ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
          : "select count(*) from information_schema.sessions where blocker_id is not null";

  static String firstInvalidReason() {
    return org.modelgate.api.clue.InvalidReason.values()[0].name();
  }

  @Test
  void shouldReportEveryProblemOfAClueFileInOneAnswer() throws Exception {
    long id = modelInPilot("线索文件完整报告验证模型");
    String header = "线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\n";
    String today = LocalDate.now().toString();
    String first = header + "OLD-1,XZ,王某,,摘要," + today + ",\n";
    assertThat(as("staff").post("api/models/" + id + "/clues", "text/csv", first).status())
        .isEqualTo(201);
    String file =
        header
            + "OLD-1,XZ,王某,,摘要,"
            + today
            + ",\n" // line 2: imported before
            + "NEW-1,XZ,李\u0000某,,摘要,"
            + today
            + ",\n" // line 3: NUL in 当事人
            + "NEW-2,XZ,赵某,,摘要,1900-01-01,\n" // line 4: before the pilot's look-back
            + "NEW-3,XZ,钱某,,摘要,2026-02-30,\n" // line 5: no such day
            + "NEW-2,XZ,孙某,,摘要,"
            + today
            + ",\n" // line 6: twice in the file
            + "\"NEW-7\"x,XZ,周某,,摘要,"
            + today
            + ",\n" // line 7: text after a closing quote
            + "NEW-8,XZ,吴某,,摘要\n" // line 8: too few columns
            + "NEW-9,XZ,郑某,,摘要,"
            + LocalDate.now().plusDays(2)
            + ",\n"; // line 9: after today

    var refused =
        as("staff")
            .sendRaw(
                "POST", "api/models/" + id + "/clues", "text/csv", file, "Accept-Language", "en");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors)
        .extracting(
            e -> e.getString("field") + "/" + e.getString("rule") + "/" + e.getString("code"))
        .containsExactly(
            "lines[2].EXTERNAL_REF/AlreadyImported/clue.ref-exists",
            "lines[3].PARTY/ControlCharacter/clue.control-character",
            "lines[4].FOUND_ON/DateBeforeWindow/clue.date-outside-pilot",
            "lines[5].FOUND_ON/Date/clue.date-invalid",
            "lines[6].EXTERNAL_REF/Duplicate/clue.duplicate-ref",
            "lines[7]/Quote/clue.row-bad-quotes",
            "lines[8]/ColumnCount/clue.row-column-count",
            "lines[9].FOUND_ON/FutureDate/clue.date-outside-pilot");
    // the row problems are data: line, column and the code's arguments
    JsonObject duplicate = errors.get(4).getJsonObject("args");
    assertThat(duplicate.getInt("line")).isEqualTo(6);
    assertThat(duplicate.getString("column")).isEqualTo("EXTERNAL_REF");
    assertThat(duplicate.getString("ref")).isEqualTo("NEW-2");
    assertThat(duplicate.getInt("firstLine")).isEqualTo(4);
    // worded in the caller's language, naming the column in it
    assertThat(errors.get(1).getString("message"))
        .isEqualTo(
            "Party holds the control character U+0000 (character 2); remove it and upload again");
    assertThat(errors)
        .extracting(e -> e.getString("message"))
        .noneMatch(
            message ->
                message
                    .codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    assertThat(
            as("staff")
                .post("api/models/" + id + "/clues", "text/csv", file)
                .json()
                .getJsonArray("errors")
                .getJsonObject(4)
                .getString("message"))
        .isEqualTo("线索编号“NEW-2”与第 4 行重复");
    assertThat(TestDatabase.count("select count(*) from mg_clue where model_id = ?", id))
        .isEqualTo(1);
    // a clue entered by hand obeys the same window
    var early =
        as("staff")
            .post(
                "api/models/" + id + "/clues",
                "{\"unitId\":%d,\"externalRef\":\"EARLY\",\"party\":\"王某\",\"summary\":\"早\",\"foundOn\":\"1900-01-01\"}"
                    .formatted(unitId("XZ")));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    JsonObject tooEarly = early.json().getJsonArray("errors").getJsonObject(0);
    assertThat(tooEarly.getString("field")).isEqualTo("foundOn");
    assertThat(tooEarly.getString("code")).isEqualTo("clue.date-outside-pilot");
  }
}
