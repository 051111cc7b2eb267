package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The installation of docs/OPERATIONS.md, step by step, as an operator does it: a fresh PostgreSQL
 * database with its own role, the application started on it with demo data off and {@code
 * MODELGATE_BOOTSTRAP_ADMIN}; the one-time password read from the server log; the forced password
 * change; the shipped reference data; a bad reference file refused whole; and at the end the first
 * administrator creating a user who signs in. A second start with the setting is refused.
 *
 * <p>Starts Payara Micro itself (port 28090), like an operator, and needs a local PostgreSQL at
 * 127.0.0.1:5432 with trust authentication for the user postgres; skipped without one.
 */
class InstallationIT {

  static final String DATABASE = "modelgate_install_it";
  static final String ROLE = "modelgate_install_it";
  static final String ROLE_PASSWORD = "install-it-secret";
  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  static final int PORT = 28090;
  static final URI BASE = URI.create("http://127.0.0.1:" + PORT + "/");
  static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password: (\\S+)");

  private final Path log = Path.of("target", "install-it", "server.log").toAbsolutePath();
  private Process server;

  @AfterEach
  void stop() {
    stopServer();
  }

  @Test
  void shouldInstallOnAnEmptyPostgresDatabaseAndHandOverToTheFirstAdministrator() throws Exception {
    // Step 1: database and role (OPERATIONS.md "Database and role")
    freshDatabase();

    // Steps 2 and 3: start with demo data off and the first administrator's name
    startServer(Map.of("MODELGATE_BOOTSTRAP_ADMIN", "ops"));
    String oneTime = oneTimePassword();
    assertThat(oneTime).hasSizeGreaterThanOrEqualTo(20);

    // then: no demo account exists, and the one-time password signs in only as ops
    assertThat(ApiClient.as(BASE, "admin").get("api/me").status()).isEqualTo(401);
    assertThat(ApiClient.as(BASE, "ops", "not-the-password").get("api/me").status()).isEqualTo(401);

    // while the password must be changed, every call but the change is 403 with a clear type
    ApiClient first = ApiClient.as(BASE, "ops", oneTime);
    for (String path :
        List.of(
            "api/me",
            "api/units",
            "api/supervision-points",
            "api/pilot-defaults",
            "api/admin/users",
            "api/admin/audit/verify",
            "api/models",
            "api/tasks",
            "api/forums",
            "api/library",
            "api/dashboard")) {
      var refused = first.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("type")).endsWith("/password-change-required");
    }
    // and the pages lead to the password page
    assertThat(page(oneTime, "models.xhtml")).isEqualTo(302);

    // the change refuses a wrong current password, a short one, and the one-time password again
    assertViolation(
        first.post(
            "api/me/password",
            "{\"currentPassword\":\"wrong-one-time\",\"newPassword\":\"a-long-new-password\"}"),
        "currentPassword",
        "Matches");
    assertViolation(
        first.post(
            "api/me/password",
            "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"too-short\"}"),
        "newPassword",
        "Size");
    assertViolation(
        first.post(
            "api/me/password",
            "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + oneTime + "\"}"),
        "newPassword",
        "NotRecent");
    String chosen = "Xuancheng-ops-2026!";
    var changed =
        first.post(
            "api/me/password",
            "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + chosen + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);

    ApiClient ops = ApiClient.as(BASE, "ops", chosen);
    JsonObject me = ops.get("api/me").json();
    assertThat(me.getBoolean("passwordChangeRequired")).isFalse();
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("admin");
    assertThat(me.getJsonObject("unit").getString("code")).isEqualTo("XC-DPO");

    // Step 4: the shipped reference data is there without demo data
    assertThat(ops.get("api/units").body())
        .contains("\"code\":\"XC\"", "\"code\":\"XC-DPO\"", "\"code\":\"JD\"", "\"code\":\"EXT\"");
    var points = ops.get("api/admin/supervision-points");
    assertThat(points.status()).isEqualTo(200);
    assertThat(points.jsonStructure().asJsonArray()).hasSize(13);
    assertThat(ops.get("api/pilot-defaults").json().getInt("minCluesForJudgement")).isEqualTo(20);

    // a reference file with a duplicate code and an unknown business line is refused whole
    String bad =
        "code,name,name_en,business_line,homogeneity_cap\n"
            + "GC-09,新监督点,New point,GENERAL_CRIMINAL,3\n"
            + "GC-09,重复的监督点,Duplicate,CIVIL,\n"
            + "XX-01,未知条线,Unknown line,TAXES,\n";
    var refused = upload(ops, "api/admin/reference/supervision-points", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<JsonObject> rowErrors =
        refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(rowErrors)
        .extracting(
            error -> error.getString("field"),
            error -> error.getString("rule"),
            error -> error.getString("code"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lines[3].code", "Duplicate", "reference.duplicate-code"),
            org.assertj.core.groups.Tuple.tuple(
                "lines[4].business_line", "UnknownBusinessLine", "reference.unknown-value"));
    assertThat(rowErrors.getFirst().getJsonObject("args").getInt("line")).isEqualTo(3);
    assertThat(rowErrors.getFirst().getString("message")).isEqualTo("代码 GC-09 已在第 2 行出现");
    var inEnglish =
        ops.sendRaw(
            "POST",
            "api/admin/reference/supervision-points",
            "text/csv; charset=UTF-8",
            bad,
            "Accept-Language",
            "en");
    assertThat(
            inEnglish
                .json()
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .getFirst()
                .getString("message"))
        .isEqualTo("Code GC-09 already appears on line 2");
    assertThat(ops.get("api/admin/supervision-points").jsonStructure().asJsonArray())
        .as("nothing half-written")
        .hasSize(13);

    // re-importing the shipped units changes nothing but is accepted
    var units =
        upload(
            ops,
            "api/admin/reference/units",
            Files.readString(
                Path.of(
                    "..", "model-workflow", "src", "main", "resources", "reference", "units.csv")));
    assertThat(units.status()).as(units.body()).isEqualTo(200);
    assertThat(units.json().getInt("created")).isZero();
    assertThat(units.json().getInt("updated")).isEqualTo(16);

    // Step 5: the first administrator creates a user, who signs in
    long xuanzhou =
        ops.get("api/units").jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(unit -> unit.getString("code").equals("XZ"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var created =
        ops.post(
            "api/admin/users",
            "{\"username\":\"zhang.ming\",\"displayName\":\"张明\",\"unitId\":%d,\"roles\":[\"CREATOR\"],\"password\":\"first-creator-pass\"}"
                .formatted(xuanzhou));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var creator = ApiClient.as(BASE, "zhang.ming", "first-creator-pass").get("api/me");
    assertThat(creator.status()).as(creator.body()).isEqualTo(200);
    assertThat(creator.json().getString("displayName")).isEqualTo("张明");

    // the audit chain holds
    var verify = ops.get("api/admin/audit/verify");
    assertThat(verify.status()).isEqualTo(200);
    assertThat(verify.json().getBoolean("intact")).as(verify.body()).isTrue();

    // A second start with the setting: refused, nothing changed
    stopServer();
    startServer(Map.of("MODELGATE_BOOTSTRAP_ADMIN", "second-admin"));
    assertThat(Files.readString(log)).contains("MODELGATE_BOOTSTRAP_ADMIN=second-admin refused");
    assertThat(ApiClient.as(BASE, "ops", chosen).get("api/admin/users?q=second-admin").body())
        .contains("\"total\":0");
  }

  private static void assertViolation(ApiClient.Reply reply, String field, String rule) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .anySatisfy(
            error -> {
              assertThat(error.getString("field")).isEqualTo(field);
              assertThat(error.getString("rule")).isEqualTo(rule);
            });
  }

  private static ApiClient.Reply upload(ApiClient client, String path, String csv) {
    return client.post(path, "text/csv; charset=UTF-8", csv);
  }

  /** The status of a page for ops signed in with HTTP Basic; redirects are not followed. */
  private static int page(String password, String path) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(("ops:" + password).getBytes(StandardCharsets.UTF_8));
    var response =
        http.send(
            HttpRequest.newBuilder(BASE.resolve(path))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build(),
            BodyHandlers.discarding());
    if (response.statusCode() == 302) {
      assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/password.xhtml");
    }
    return response.statusCode();
  }

  /** As OPERATIONS.md: a role that owns a new database; trust authentication in the test. */
  private static void freshDatabase() {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("drop role if exists " + ROLE);
      statement.execute("create role " + ROLE + " login password '" + ROLE_PASSWORD + "'");
      statement.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8'");
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL at 127.0.0.1:5432 for user postgres: " + e.getMessage());
    }
  }

  private void startServer(Map<String, String> extra) throws Exception {
    Files.createDirectories(log.getParent());
    Files.deleteIfExists(log);
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("it.war"),
                "--contextroot",
                "/",
                "--nocluster",
                "--port",
                String.valueOf(PORT)));
    Map<String, String> environment = builder.environment();
    environment.put("MODELGATE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
    environment.put("MODELGATE_DB_USER", ROLE);
    environment.put("MODELGATE_DB_PASSWORD", ROLE_PASSWORD);
    environment.put("MODELGATE_DEMO_DATA", "false");
    environment.putAll(extra);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    server = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive()).as("server running; see " + log).isTrue();
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(BASE.resolve("health/ready"))
                        .version(HttpClient.Version.HTTP_1_1)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("not ready within 240 s; see " + log);
  }

  private String oneTimePassword() {
    try {
      Matcher matcher = ONE_TIME_PASSWORD.matcher(Files.readString(log));
      assertThat(matcher.find()).as("one-time password in " + log).isTrue();
      return matcher.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stopServer() {
    if (server == null) {
      return;
    }
    server.destroy();
    try {
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server = null;
  }
}
