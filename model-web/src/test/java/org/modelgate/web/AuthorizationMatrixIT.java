package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * OpenAPI document, so a new endpoint without a row fails this test. Requests carry bodies that are
 * invalid on purpose: a caller who gets past the authorization checks is answered 400, 404 or 409
 * without changing anything, a caller who does not gets 403, an anonymous one 401.
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

  /** Who may see a draft of `creator` (宣州区院): its creator, leaders, admins, city-wide staff. */
  static final Map<String, Integer> SEES_DRAFT =
      map("creator", 200, "leader", 200, "admin", 200, "staff", 200);

  @Test
  void shouldAnswerEveryEndpointForEveryCallerAsTheTableSays() throws Exception {
    // given: a draft D with an attachment, a model S in screening, a model R in forum review
    var creator = ApiClient.as(base, "creator");
    long draft = id(creator.post("api/models", FoundationIT.draft("权限矩阵草稿")));
    long attachment =
        id(
            creator.upload(
                "api/models/" + draft + "/attachments",
                "a.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes()));
    long screening = id(creator.post("api/models", FoundationIT.draft("权限矩阵初审")));
    creator.post("api/models/" + screening + "/submit", null);
    long review = id(creator.post("api/models", FoundationIT.draft("权限矩阵评审")));
    creator.post("api/models/" + review + "/submit", null);
    ApiClient.as(base, "staff")
        .post("api/models/" + review + "/screening", "{\"outcome\":\"ACCEPT\"}");
    long guest = TestDatabase.count("select id from mg_user where username = 'guest-reviewer'");
    long leader = TestDatabase.count("select id from mg_user where username = 'leader'");
    long forum =
        id(
            ApiClient.as(base, "staff")
                .post(
                    "api/forums",
                    "{\"title\":\"权限矩阵论证会\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%d]}"
                        .formatted(Instant.now().plus(3, ChronoUnit.DAYS), leader, guest)));
    assertThat(
            ApiClient.as(base, "staff")
                .post("api/forums/" + forum + "/agenda", "{\"modelId\":" + review + "}")
                .status())
        .isEqualTo(200);
    String screeningTask =
        ApiClient.as(base, "staff")
            .get("api/tasks")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> task.getJsonNumber("modelId").longValue() == screening)
            .map(task -> task.getString("id"))
            .findFirst()
            .orElseThrow();

    String d = "api/models/" + draft;
    String s = "api/models/" + screening;
    String r = "api/models/" + review;
    String f = "api/forums/" + forum;
    List<Row> table =
        List.of(
            new Row("GET", "api/me", null, 200, map()),
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
            new Row("GET", d, null, 403, SEES_DRAFT),
            new Row("PUT", d, "{}", 403, map("creator", 400)),
            new Row("POST", s + "/submit", null, 403, map("creator", 409)),
            new Row("POST", s + "/resubmit", null, 403, map("creator", 409)),
            new Row("POST", s + "/withdraw", "{}", 403, map("creator", 400)),
            new Row("POST", s + "/screening", "{}", 403, map("staff", 400)),
            new Row(
                "GET", s + "/similar", null, 403, map("leader", 200, "admin", 200, "staff", 200)),
            new Row("GET", d + "/comments", null, 403, SEES_DRAFT),
            new Row(
                "POST",
                d + "/comments",
                "{}",
                403,
                map("creator", 400, "leader", 400, "admin", 400, "staff", 400)),
            new Row("GET", d + "/attachments", null, 403, SEES_DRAFT),
            new Row("POST", d + "/attachments", "FILE", 403, map("creator", 400)),
            new Row("GET", d + "/attachments/" + attachment, null, 403, SEES_DRAFT),
            new Row("GET", d + "/reviews", null, 403, SEES_DRAFT),
            new Row("POST", r + "/reviews", "{}", 403, map("guest-reviewer", 400)),
            new Row("POST", r + "/abstention", "{}", 403, map("guest-reviewer", 400)),
            new Row("POST", r + "/ruling", "{}", 403, map("leader", 409)),
            new Row("GET", d + "/decisions", null, 403, SEES_DRAFT),
            new Row(
                "POST",
                d + "/conditions/987654/close",
                null,
                403,
                map("creator", 404, "leader", 404, "admin", 404, "staff", 404)),
            new Row("POST", d + "/pilot-plan", "{}", 403, map("staff", 400)),
            new Row("POST", d + "/pilot-end", "{}", 403, map("leader", 400)),
            new Row("GET", d + "/adoption", null, 403, SEES_DRAFT),
            new Row("PUT", d + "/adoption/1", "{}", 403, map("staff", 400)),
            new Row("GET", "api/library", null, 200, map()),
            new Row("GET", d + "/adoption/feedback", null, 403, SEES_DRAFT),
            new Row("POST", d + "/adoption/1/feedback", "{}", 403, map("staff", 400)),
            new Row("POST", d + "/new-version", null, 403, map("creator", 409)),
            new Row("GET", "api/dashboard", null, 200, map()),
            new Row("POST", d + "/retire", "{}", 403, map("leader", 400)),
            new Row("POST", d + "/pilot-decision", "{}", 403, map("leader", 409)),
            new Row("POST", d + "/clues", "{}", 403, map("staff", 400)),
            new Row("GET", d + "/clues", null, 403, SEES_DRAFT),
            new Row("PATCH", "api/clues/987654", "{}", 403, map("staff", 404, "staff-langxi", 404)),
            new Row("GET", d + "/funnel", null, 403, SEES_DRAFT),
            new Row(
                "GET",
                d + "/pilot-plan",
                null,
                403,
                map("creator", 404, "leader", 404, "admin", 404, "staff", 404)),
            new Row("GET", d + "/history", null, 403, SEES_DRAFT),
            new Row("GET", d + "/diagram", null, 403, SEES_DRAFT),
            new Row("POST", "api/forums", "{}", 403, map("staff", 400)),
            new Row("GET", "api/forums", null, 200, map("creator", 403, "creator2", 403)),
            new Row("GET", f, null, 200, map("creator", 403, "creator2", 403, "reviewer", 403)),
            new Row("POST", f + "/agenda", "{}", 403, map("staff", 400)),
            new Row("DELETE", f + "/agenda/" + draft, null, 403, map("staff", 404)),
            new Row(
                "GET",
                f + "/minutes",
                null,
                200,
                map("creator", 403, "creator2", 403, "reviewer", 403)),
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
            new Row("GET", "api/admin/units", null, 403, map("admin", 200)),
            new Row("POST", "api/admin/units", "{}", 403, map("admin", 400)),
            new Row("PUT", "api/admin/units/987654", "{}", 403, map("admin", 400)));

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
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_supervision_model where id in (?, ?, ?) and stage in ('DRAFT', 'SCREENING', 'FORUM_REVIEW')",
                draft,
                screening,
                review))
        .as("nothing moved")
        .isEqualTo(3);
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
