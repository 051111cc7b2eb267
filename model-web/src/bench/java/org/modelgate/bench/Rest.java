package org.modelgate.bench;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a model's life through the REST API, as the demo users would take it; shared by the
 * generator and the benchmark so that both exercise exactly the application's own paths. Only the
 * ids of demo users and units are looked up, the users' in the database (read only: the API does
 * not list leaders), as MODELGATE_DB_USER / MODELGATE_DB_PASSWORD; so the generator needs
 * PostgreSQL, whose database the server does not hold exclusively as it does an H2 file.
 */
final class Rest {

  final Api api;
  final Map<String, Long> unitIds = new HashMap<>();
  final List<Long> supervisionPoints;
  final long leaderId;
  final long guestReviewerId;
  final long reviewerId;

  Rest(Api api, String jdbcUrl) throws SQLException {
    this.api = api;
    for (JsonObject unit :
        api.expect(200, "staff", "GET", "api/units", null)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)) {
      unitIds.put(unit.getString("code"), unit.getJsonNumber("id").longValue());
    }
    supervisionPoints =
        api
            .expect(200, "staff", "GET", "api/supervision-points", null)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(p -> p.getJsonNumber("id").longValue())
            .toList();
    try (Connection db =
        DriverManager.getConnection(
            jdbcUrl,
            System.getenv().getOrDefault("MODELGATE_DB_USER", "postgres"),
            System.getenv().getOrDefault("MODELGATE_DB_PASSWORD", ""))) {
      leaderId = userId(db, "leader");
      guestReviewerId = userId(db, "guest-reviewer");
      reviewerId = userId(db, "reviewer");
    }
  }

  private static long userId(Connection db, String username) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("select id from mg_user where username = ?")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException(
              "demo user " + username + " missing: start with MODELGATE_DEMO_DATA=true");
        }
        return row.getLong(1);
      }
    }
  }

  long draft(String creator, String title, long supervisionPoint) {
    String body =
        """
        {"title":"%s","supervisionPointId":%d,
         "problemStatement":"虚假诉讼案件多发，当事人串通虚构债务",
         "dataSources":"裁判文书；执行案件；工商登记",
         "ruleDescription":"同一原告短期内对多名关联被告起诉且均调解结案",
         "expectedEffect":"发现虚假诉讼线索，提出再审检察建议",
         "difficulties":"数据口径不一","innovationStatement":"引入执行案件交叉比对","coCreatorIds":[]}"""
            .formatted(title, supervisionPoint);
    return api.expect(201, creator, "POST", "api/models", body).id();
  }

  void submit(String creator, long id) {
    api.expect(200, creator, "POST", "api/models/" + id + "/submit", null);
  }

  void screen(long id, String outcome) {
    api.expect(
        200,
        "staff",
        "POST",
        "api/models/" + id + "/screening",
        "{\"outcome\":\"" + outcome + "\",\"comment\":\"初审意见\"}");
  }

  void withdraw(String creator, long id) {
    api.expect(200, creator, "POST", "api/models/" + id + "/withdraw", "{\"reason\":\"数据源无法接入\"}");
  }

  long forum(boolean twoReviewers) {
    String reviewers = twoReviewers ? guestReviewerId + "," + reviewerId : "" + guestReviewerId;
    String body =
        """
        {"title":"大数据法律监督模型论证会","scheduledAt":"%s","place":"市院三楼会议室",
         "presidingLeaderId":%d,"reviewerIds":[%s]}"""
            .formatted(Instant.now(), leaderId, reviewers);
    return api.expect(201, "staff", "POST", "api/forums", body).id();
  }

  void agenda(long forumId, long id) {
    api.expect(
        200, "staff", "POST", "api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}");
  }

  void review(String reviewer, long id, int necessity) {
    api.expect(
        201,
        reviewer,
        "POST",
        "api/models/" + id + "/reviews",
        """
        {"necessity":%d,"feasibility":4,"clueAccuracy":4,"promotionValue":4,
         "practicalSignificance":"有现实意义","expectedEffect":"可发现线索","difficulties":"数据口径",
         "attentionPoints":"注意个人信息保护"}"""
            .formatted(necessity));
  }

  void ruling(long id, String outcome) {
    api.expect(
        201,
        "leader",
        "POST",
        "api/models/" + id + "/ruling",
        "{\"outcome\":\"" + outcome + "\",\"reason\":\"论证会意见\"}");
  }

  void plan(long id) {
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":100,"
            + "\"units\":[{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0},"
            + "{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}]}";
    api.expect(
        201,
        "staff",
        "POST",
        "api/models/" + id + "/pilot-plan",
        plan.formatted(
            LocalDate.now(), LocalDate.now().plusDays(60), unitIds.get("XZ"), unitIds.get("LX")));
  }

  long clue(long id, String unitCode, String ref) {
    return api.expect(
            201,
            "staff",
            "POST",
            "api/models/" + id + "/clues",
            "{\"unitId\":%d,\"externalRef\":\"%s\",\"party\":\"王某\",\"summary\":\"疑似虚假诉讼\",\"foundOn\":\"%s\"}"
                .formatted(unitIds.get(unitCode), ref, LocalDate.now()))
        .id();
  }

  void verify(long clueId, boolean valid) {
    api.expect(
        200,
        "staff",
        "PATCH",
        "api/clues/" + clueId,
        valid
            ? "{\"status\":\"VERIFIED_VALID\"}"
            : "{\"status\":\"VERIFIED_INVALID\",\"invalidReason\":\"ALREADY_HANDLED\"}");
  }

  void endPilot(long id) {
    api.expect(204, "leader", "POST", "api/models/" + id + "/pilot-end", "{\"reason\":\"效果已显现\"}");
  }

  void decide(long id, String decision) {
    api.expect(
        201,
        "leader",
        "POST",
        "api/models/" + id + "/pilot-decision",
        "{\"decision\":\"" + decision + "\",\"reason\":\"试点评估意见\"}");
  }

  /** The grassroots units a model was assigned to, by id. */
  List<Long> adoptionUnits(long id) {
    return api
        .expect(200, "leader", "GET", "api/models/" + id + "/adoption", null)
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(cell -> cell.getJsonNumber("unitId").longValue())
        .toList();
  }

  void report(long id, long unitId, String status) {
    String body =
        status.equals("NOT_APPLICABLE")
            ? "{\"status\":\"NOT_APPLICABLE\",\"reason\":\"本地无相关案件数据\"}"
            : "{\"status\":\"" + status + "\"}";
    api.expect(200, "staff", "PUT", "api/models/" + id + "/adoption/" + unitId, body);
  }
}
