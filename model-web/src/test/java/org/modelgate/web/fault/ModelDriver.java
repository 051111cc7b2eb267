package org.modelgate.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.modelgate.web.ApiClient;
import org.modelgate.web.ModelRequests;

/**
 * Brings models to the stage a fault test needs, through the REST API as the demo users (the same
 * calls and bodies as {@code ProposalFlowIT}), so that every row a test later checks was written by
 * the application itself.
 */
final class ModelDriver {

  private final URI base;
  private final FaultDatabase database;

  ModelDriver(URI base, FaultDatabase database) {
    this.base = base;
    this.database = database;
  }

  ApiClient as(String username) {
    return ApiClient.as(base, username);
  }

  /** A submitted model waiting for its screening (stage SCREENING). */
  long submitted(String title) {
    var created = as("creator").post("api/models", ModelRequests.draft(title));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    var submitted = as("creator").post("api/models/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  /** An accepted model waiting for a forum (stage AWAITING_FORUM, forum SLA timer running). */
  long awaitingForum(String title) {
    long id = submitted(title);
    var accepted = as("staff").post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    return id;
  }

  /** A forum presided by {@code leader} with {@code guest-reviewer} as its only reviewer. */
  long forum() throws Exception {
    var forum =
        as("staff")
            .post(
                "api/forums",
                """
                {"title":"故障测试论证会","scheduledAt":"%s","place":"市院三楼会议室",
                 "presidingLeaderId":%d,"reviewerIds":[%d]}"""
                    .formatted(Instant.now(), userId("leader"), userId("guest-reviewer")));
    assertThat(forum.status()).as(forum.body()).isEqualTo(201);
    return forum.json().getJsonNumber("id").longValue();
  }

  /** A model on the forum's agenda, reviewed, waiting for the leader's ruling. */
  long awaitingRuling(String title, long forumId) {
    long id = awaitingForum(title);
    var scheduled =
        as("staff").post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}");
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    var reviewed =
        as("guest-reviewer").post("api/models/" + id + "/reviews", ModelRequests.review(4));
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
    return id;
  }

  /** A model with a GO and a pilot plan for XZ ending in 30 days (stage PILOT). */
  long inPilot(String title, long forumId) throws Exception {
    long id = awaitingRuling(title, forumId);
    var ruled = as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}");
    assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);
    long xz = database.count("select id from mg_unit where code = 'XZ'");
    var plan =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                """
                {"startDate":"%s","endDate":"%s","minValidRate":0.5,"minCasesFormed":0,
                 "minCluesForJudgement":10,"units":[{"unitId":%d,"baselineClues":0,
                 "baselineCases":0,"baselineRecovered":0}]}"""
                    .formatted(LocalDate.now(), LocalDate.now().plusDays(30), xz));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    return id;
  }

  /** The model's stage as the digital office sees it (administrators see only listed models). */
  String stage(long modelId) {
    return as("staff").get("api/models/" + modelId).json().getString("stage");
  }

  String processInstance(long modelId) throws Exception {
    return database.string(
        "select process_instance_id from mg_supervision_model where id = ?", modelId);
  }

  long userId(String username) throws Exception {
    return database.count("select id from mg_user where username = ?", username);
  }
}
