package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One model from draft through screening, revision, a forum with conflict-of-interest exclusions,
 * reviews and a conditional go, through the REST API against a real Payara Micro and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalFlowIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource URL baseUrl;
  URI base;

  /**
   * Two reviewers who must be excluded: one from the creator's unit (宣州区院), one who is also a
   * creator and co-creates the model. Added straight to the database with the demo password.
   */
  @BeforeAll
  static void reviewersWithConflicts() throws Exception {
    addUser(900_001, "reviewer-xz", "宣州区院业务专家", "XZ", "reviewer");
    addUser(900_002, "reviewer-co", "第五检察部专家（共同建模人）", "XC-5", "reviewer", "creator");
    addUser(900_003, "staff2", "钱进（数字检察办公室）", "XC-DPO", "staff");
  }

  static void addUser(long id, String username, String name, String unit, String... roles)
      throws Exception {
    if (TestDatabase.count("select count(*) from mg_user where username = ?", username) > 0) {
      return;
    }
    TestDatabase.execute(
        "insert into mg_user (id, username, display_name, password_hash, unit_id, enabled, created_at)"
            + " select "
            + id
            + ", '"
            + username
            + "', '"
            + name
            + "', password_hash,"
            + " (select id from mg_unit where code = '"
            + unit
            + "'), true, created_at"
            + " from mg_user where username = 'reviewer'");
    for (String role : roles) {
      TestDatabase.execute(
          "insert into mg_user_role (user_id, role) values (" + id + ", '" + role + "')");
    }
  }

  @BeforeEach
  void base() throws Exception {
    base = baseUrl.toURI();
  }

  ApiClient as(String username) {
    return ApiClient.as(base, username);
  }

  static long userId(String username) throws Exception {
    return TestDatabase.count("select id from mg_user where username = ?", username);
  }

  static String draft(String title, long... coCreators) {
    return ModelRequests.draft(title, coCreators);
  }

  long createAndSubmit(String title, long... coCreators) {
    var created = as("creator").post("api/models", draft(title, coCreators));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    var submitted = as("creator").post("api/models/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  long acceptedModel(String title, long... coCreators) {
    long id = createAndSubmit(title, coCreators);
    var accepted = as("staff").post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().getString("stage")).isEqualTo("AWAITING_FORUM");
    return id;
  }

  long forum(String... reviewers) throws Exception {
    StringBuilder ids = new StringBuilder();
    for (String reviewer : reviewers) {
      ids.append(ids.isEmpty() ? "" : ",").append(userId(reviewer));
    }
    var forum =
        as("staff")
            .post(
                "api/forums",
                """
                {"title":"2026年第四季度大数据法律监督模型论证会","scheduledAt":"%s","place":"市院三楼会议室",
                 "presidingLeaderId":%d,"reviewerIds":[%s]}"""
                    .formatted(Instant.now(), userId("leader"), ids));
    assertThat(forum.status()).as(forum.body()).isEqualTo(201);
    return forum.json().getJsonNumber("id").longValue();
  }

  static String review(int necessity) {
    return ModelRequests.review(necessity);
  }

  @Test
  void shouldTakeAModelFromDraftThroughForumToAConditionalGo() throws Exception {
    long coCreator = userId("reviewer-co");
    // draft with a co-creator, edited with optimistic locking
    var created = as("creator").post("api/models", draft("虚假诉讼识别模型", coCreator));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String etag = created.raw().headers().firstValue("ETag").orElseThrow();

    assertThat(as("creator").send("PUT", "api/models/" + id, draft("改名", coCreator), null).status())
        .isEqualTo(428);
    assertThat(
            as("creator")
                .send("PUT", "api/models/" + id, draft("改名", coCreator), "\"999\"")
                .status())
        .isEqualTo(412);
    var edited =
        as("creator").send("PUT", "api/models/" + id, draft("虚假诉讼智能识别模型", coCreator), etag);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getString("title")).isEqualTo("虚假诉讼智能识别模型");
    assertThat(
            as("creator").send("PUT", "api/models/" + id, draft("旧版本覆盖", coCreator), etag).status())
        .isEqualTo(412);

    // attachments: checked by content, downloadable by those who may see the model
    byte[] pdf = "%PDF-1.4\n% 模型说明\n".getBytes(StandardCharsets.UTF_8);
    var uploaded =
        as("creator")
            .upload("api/models/" + id + "/attachments", "模型说明.pdf", "application/pdf", pdf);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    long attachmentId = uploaded.json().getJsonNumber("id").longValue();
    var fake =
        as("creator")
            .upload(
                "api/models/" + id + "/attachments",
                "伪装.pdf",
                "application/pdf",
                "not a pdf".getBytes());
    assertThat(fake.status()).isEqualTo(400);
    assertThat(fake.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("ContentMatchesType");
    var script =
        as("creator")
            .upload(
                "api/models/" + id + "/attachments", "x.html", "text/html", "<script>".getBytes());
    assertThat(script.status()).isEqualTo(400);
    var download = as("staff").getBytes("api/models/" + id + "/attachments/" + attachmentId);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(as("staff-langxi").get("api/models/" + id + "/attachments/" + attachmentId).status())
        .isEqualTo(404);

    // submit, return for revision, resubmit, accept
    assertThat(as("creator").post("api/models/" + id + "/submit", null).json().getString("stage"))
        .isEqualTo("SCREENING");
    assertThat(
            as("staff-langxi")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"RETURN\"}")
                .status())
        .isEqualTo(400);
    var returned =
        as("staff")
            .post(
                "api/models/" + id + "/screening",
                "{\"outcome\":\"RETURN\",\"comment\":\"请补充数据来源说明\"}");
    assertThat(returned.json().getString("stage")).isEqualTo("REVISION");
    String revisionTag =
        as("creator").get("api/models/" + id).raw().headers().firstValue("ETag").orElseThrow();
    assertThat(
            as("creator")
                .send("PUT", "api/models/" + id, draft("虚假诉讼智能识别模型（修订）", coCreator), revisionTag)
                .status())
        .isEqualTo(200);
    assertThat(as("creator").post("api/models/" + id + "/resubmit", null).json().getString("stage"))
        .isEqualTo("SCREENING");
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .json()
                .getString("stage"))
        .isEqualTo("AWAITING_FORUM");
    assertThat(as("leader").get("api/models/" + id + "/comments").body()).contains("请补充数据来源说明");

    // a forum: conflicted reviewers are excluded automatically
    long forumId = forum("reviewer", "guest-reviewer", "reviewer-xz", "reviewer-co");
    var scheduled =
        as("staff").post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}");
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    JsonObject item = scheduled.json().getJsonArray("agenda").getJsonObject(0);
    assertThat(item.getJsonArray("eligibleReviewers").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("username"))
        .containsExactly("guest-reviewer", "reviewer");
    assertThat(item.getJsonArray("exclusions").getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getJsonObject("reviewer").getString("username") + ":" + e.getString("kind"))
        .containsExactlyInAnyOrder("reviewer-xz:SAME_UNIT", "reviewer-co:CO_CREATOR");
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("FORUM_REVIEW");
    assertThat(as("reviewer-xz").post("api/models/" + id + "/reviews", review(5)).status())
        .isEqualTo(403);
    assertThat(as("reviewer-co").post("api/models/" + id + "/reviews", review(5)).status())
        .isEqualTo(403);

    // reviews: hidden from a reviewer until they submit; disagreement flagged
    var reviewerTasks =
        as("reviewer").get("api/tasks").jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(reviewerTasks)
        .anySatisfy(
            task -> {
              assertThat(task.getJsonNumber("modelId").longValue()).isEqualTo(id);
              assertThat(task.getString("taskKey")).isEqualTo("Task_SubmitReview");
              assertThat(task.containsKey("dueAt")).isTrue();
            });
    assertThat(as("guest-reviewer").post("api/models/" + id + "/reviews", review(2)).status())
        .isEqualTo(201);
    var before = as("reviewer").get("api/models/" + id + "/reviews").json();
    assertThat(before.getBoolean("othersVisible")).isFalse();
    assertThat(before.getJsonArray("reviews")).isEmpty();
    assertThat(as("reviewer").post("api/models/" + id + "/reviews", "{\"necessity\":7}").status())
        .isEqualTo(400);
    assertThat(as("reviewer").post("api/models/" + id + "/reviews", review(5)).status())
        .isEqualTo(201);
    assertThat(as("reviewer").post("api/models/" + id + "/reviews", review(5)).status())
        .isEqualTo(409);
    var board = as("reviewer").get("api/models/" + id + "/reviews").json();
    assertThat(board.getBoolean("othersVisible")).isTrue();
    assertThat(board.getJsonArray("reviews")).hasSize(2);
    assertThat(board.getBoolean("disagreement")).isTrue();
    assertThat(board.getJsonArray("criteria").getValuesAs(JsonObject.class))
        .filteredOn(c -> c.getString("criterion").equals("necessity"))
        .singleElement()
        .satisfies(c -> assertThat(c.getBoolean("disagreement")).isTrue());

    // ruling: only the presiding leader; reason and conditions as the outcome requires
    assertThat(as("leader2").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}").status())
        .isEqualTo(403);
    assertThat(as("creator").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}").status())
        .isEqualTo(403);
    var noConditions =
        as("leader")
            .post(
                "api/models/" + id + "/ruling",
                "{\"outcome\":\"CONDITIONAL_GO\",\"reason\":\"需补强数据\"}");
    assertThat(noConditions.status()).isEqualTo(400);
    assertThat(noConditions.body()).contains("conditions");
    var ruled =
        as("leader")
            .post(
                "api/models/" + id + "/ruling",
                """
                {"outcome":"CONDITIONAL_GO","reason":"专家意见存在分歧，需补强数据后试点",
                 "conditions":[{"text":"接入法院执行数据","ownerId":%d,"dueDate":"%s"}]}"""
                    .formatted(userId("staff"), LocalDate.now().plusDays(30)));
    assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);
    assertThat(ruled.json().getString("outcome")).isEqualTo("CONDITIONAL_GO");
    assertThat(ruled.json().getString("evidence"))
        .contains("guest-reviewer")
        .contains("\"disagreement\":true");
    assertThat(as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}").status())
        .isEqualTo(409);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("PILOT_PLANNING");
    var decisions =
        as("creator").get("api/models/" + id + "/decisions").jsonStructure().asJsonArray();
    assertThat(decisions).hasSize(1);
    assertThat(decisions.getJsonObject(0).getJsonArray("conditions")).hasSize(1);
    assertThat(as("staff").get("api/tasks").body()).contains("Task_PlanPilot");

    // pilot plan: refused while the condition is open; only its owner closes it
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    String plan =
        """
        {"startDate":"%s","endDate":"%s","minValidRate":0.6,"minCasesFormed":3,"minCluesForJudgement":20,
         "units":[{"unitId":%d,"baselineClues":12,"baselineCases":1,"baselineRecovered":15000.50},
                  {"unitId":%d,"baselineClues":8,"baselineCases":0,"baselineRecovered":0}]}""";
    String window = plan.formatted(LocalDate.now(), LocalDate.now().plusDays(90), xz, lx);
    var refused = as("staff").post("api/models/" + id + "/pilot-plan", window);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("code")).isEqualTo("pilot.conditions-open");
    assertThat(refused.json().getJsonObject("args").getInt("owners")).isEqualTo(1);
    assertThat(refused.json().getString("detail")).contains("条件");
    long conditionId =
        decisions
            .getJsonObject(0)
            .getJsonArray("conditions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            as("leader")
                .post("api/models/" + id + "/conditions/" + conditionId + "/close", null)
                .status())
        .isEqualTo(403);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/conditions/" + conditionId + "/close", null)
                .status())
        .isEqualTo(200);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/conditions/" + conditionId + "/close", null)
                .status())
        .isEqualTo(409);
    var backwards =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                plan.formatted(LocalDate.now().plusDays(9), LocalDate.now().plusDays(3), xz, lx));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("endDate").contains("AfterStart");
    var tooLong =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                plan.formatted(LocalDate.now(), LocalDate.now().plusYears(2), xz, lx));
    assertThat(tooLong.body()).contains("MaxLength");
    var duplicateUnit =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                plan.formatted(LocalDate.now(), LocalDate.now().plusDays(90), xz, xz));
    assertThat(duplicateUnit.body()).contains("units[1].unitId");
    var planned = as("staff").post("api/models/" + id + "/pilot-plan", window);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(as("creator").get("api/models/" + id + "/pilot-plan").json().getJsonArray("units"))
        .hasSize(2);
    assertThat(as("staff").post("api/models/" + id + "/pilot-plan", window).status())
        .isEqualTo(409);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage")).isEqualTo("PILOT");
    pilotClues(id);

    // minutes
    var minutes = as("leader").get("api/forums/" + forumId + "/minutes", "text/html");
    assertThat(minutes.status()).isEqualTo(200);
    assertThat(minutes.contentType()).startsWith("text/html");
    assertThat(minutes.body())
        .contains("虚假诉讼智能识别模型（修订）")
        .contains("附条件通过")
        .contains("意见分歧")
        .contains("与建模人同一单位")
        .contains("共同建模人");
  }

  @Test
  void shouldLetExactlyOneOfTwoSimultaneousRulingsWin() throws Exception {
    long id = acceptedModel("并发裁决模型");
    long forumId = forum("guest-reviewer");
    assertThat(
            as("staff")
                .post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}")
                .status())
        .isEqualTo(200);
    assertThat(as("guest-reviewer").post("api/models/" + id + "/reviews", review(4)).status())
        .isEqualTo(201);

    var first =
        CompletableFuture.supplyAsync(
            () -> as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}"));
    var second =
        CompletableFuture.supplyAsync(
            () ->
                as("leader")
                    .post(
                        "api/models/" + id + "/ruling",
                        "{\"outcome\":\"KILL\",\"reason\":\"重复建设\"}"));

    List<Integer> statuses = List.of(first.get().status(), second.get().status());
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(as("leader").get("api/models/" + id + "/decisions").jsonStructure().asJsonArray())
        .hasSize(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
                    + " where p.business_key_ = ? and t.task_def_key_ = 'Task_RuleOnModel'",
                String.valueOf(id)))
        .isEqualTo(1);
  }

  @Test
  void shouldWithdrawASubmittedModelOnlyByItsCreator() {
    long id = acceptedModel("撤回验证模型");

    assertThat(
            as("creator2").post("api/models/" + id + "/withdraw", "{\"reason\":\"不是我的\"}").status())
        .isEqualTo(404);
    assertThat(as("creator").post("api/models/" + id + "/withdraw", "{}").status()).isEqualTo(400);
    var withdrawn =
        as("creator").post("api/models/" + id + "/withdraw", "{\"reason\":\"数据源无法接入\"}");

    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("WITHDRAWN");
    assertThat(
            as("creator").post("api/models/" + id + "/withdraw", "{\"reason\":\"再撤一次\"}").status())
        .isEqualTo(409);
  }

  @Test
  void shouldRejectAtScreeningAndRefuseFurtherSteps() {
    long id = createAndSubmit("不予采纳验证模型");

    var rejected =
        as("staff")
            .post(
                "api/models/" + id + "/screening",
                "{\"outcome\":\"REJECT\",\"comment\":\"与在用模型重复\"}");

    assertThat(rejected.json().getString("stage")).isEqualTo("REJECTED");
    var again = as("staff").post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("model.not-in-screening");
    assertThat(again.json().getJsonObject("args").getString("stage")).isEqualTo("REJECTED");
    assertThat(again.json().getString("detail")).contains("不予采纳");
  }

  @Test
  void shouldCountOnTheDashboardTheOverdueTasksTheInboxShows() throws Exception {
    long id = createAndSubmit("逾期待办验证模型");
    long before = as("staff").get("api/dashboard").json().getJsonNumber("overdueTasks").longValue();

    int moved =
        TestDatabase.update(
            "update act_ru_task set due_date_ = ? where proc_inst_id_ in"
                + " (select id_ from act_ru_execution where business_key_ = ?)",
            java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
            String.valueOf(id));

    assertThat(moved).isEqualTo(1);
    long overdueInInbox =
        as("staff")
            .get("api/tasks")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> task.getBoolean("overdue"))
            .count();
    long overdueOnBoard =
        as("staff").get("api/dashboard").json().getJsonNumber("overdueTasks").longValue();
    assertThat(overdueOnBoard).isEqualTo(before + 1).isEqualTo(overdueInInbox);
    assertThat(as("creator").get("api/dashboard").json().getJsonNumber("overdueTasks").longValue())
        .isZero();
  }

  @Test
  void shouldListAndFilterOnlyWhatTheCallerMaySee() {
    long mine = createAndSubmit("列表筛选验证模型甲");

    var creatorList =
        as("creator")
            .get(
                "api/models?q="
                    + java.net.URLEncoder.encode("筛选验证", StandardCharsets.UTF_8)
                    + "&size=5")
            .json();
    var langxiList = as("staff-langxi").get("api/models?stage=SCREENING&size=200").json();
    var staffList = as("staff").get("api/models?stage=SCREENING&size=200").json();
    var badPage = as("staff").get("api/models?size=100000");

    assertThat(creatorList.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .contains(mine);
    assertThat(langxiList.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .doesNotContain(mine);
    assertThat(staffList.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .contains(mine);
    assertThat(staffList.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(creatorList.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(m -> assertThat(m.getString("title")).contains("筛选验证"));
  }

  @Test
  void shouldKeepAHashChainedHistoryIncludingRefusalsAndReportTheFirstBrokenLink()
      throws Exception {
    long id = createAndSubmit("审计验证模型");
    assertThat(as("staff-langxi").get("api/models/" + id).status()).isEqualTo(404);
    as("leader").post("api/models/" + id + "/comments", "{\"body\":\"请说明数据更新频率\"}");

    var history =
        as("creator")
            .get("api/models/" + id + "/history")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);

    assertThat(history)
        .extracting(e -> e.getString("action") + ":" + e.getString("outcome"))
        .containsSubsequence(
            "CREATE_DRAFT:DONE",
            "SUBMIT:DONE",
            "STAGE_CHANGED:DONE",
            "ACCESS_DENIED:DENIED",
            "COMMENT:DONE");
    assertThat(history)
        .filteredOn(e -> e.getString("action").equals("STAGE_CHANGED"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.getString("before")).isEqualTo("DRAFT");
              assertThat(e.getString("after")).isEqualTo("SCREENING");
              assertThat(e.getString("actor")).isEqualTo("creator");
            });
    assertThat(history)
        .filteredOn(e -> e.getString("outcome").equals("DENIED"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("staff-langxi");
              // the refusal as its code and arguments, not as a sentence
              assertThat(e.getString("code")).isEqualTo("access.model-hidden");
              assertThat(e.getJsonObject("args").getString("username")).isEqualTo("staff-langxi");
              assertThat(e.getJsonObject("args").getJsonNumber("id").longValue()).isEqualTo(id);
              assertThat(e.get("detail")).isIn(null, JsonValue.NULL);
            });
    // what the system did carries no sentence of its own; what people wrote is kept as written
    assertThat(history)
        .filteredOn(e -> Set.of("SUBMIT", "STAGE_CHANGED").contains(e.getString("action")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("detail")).isIn(null, JsonValue.NULL));
    assertThat(history)
        .filteredOn(e -> e.getString("action").equals("COMMENT"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("detail")).isEqualTo("请说明数据更新频率"));

    var verified = as("admin").get("api/admin/audit/verify").json();
    assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
    assertThat(as("leader").get("api/admin/audit/verify").status()).isEqualTo(403);

    long seq =
        TestDatabase.count(
            "select min(seq) from mg_audit_entry where model_id = ? and action = 'COMMENT'", id);
    String original = TestDatabase.string("select detail from mg_audit_entry where seq = ?", seq);
    TestDatabase.execute("update mg_audit_entry set detail = '篡改后的内容' where seq = " + seq);
    try {
      var broken = as("admin").get("api/admin/audit/verify").json();
      assertThat(broken.getBoolean("intact")).isFalse();
      assertThat(broken.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(seq);
      assertThat(broken.getString("problem")).isEqualTo("audit.content-changed");
    } finally {
      TestDatabase.execute(
          "update mg_audit_entry set detail = '" + original + "' where seq = " + seq);
    }
    assertThat(as("admin").get("api/admin/audit/verify").json().getBoolean("intact")).isTrue();
  }

  @Test
  void shouldActOnceForRetriesWithTheSameIdempotencyKey() throws Exception {
    String title = "幂等验证模型" + System.nanoTime();
    String key = "create-" + System.nanoTime();

    var first = as("creator").postIdempotent("api/models", draft(title), key);
    var retry = as("creator").postIdempotent("api/models", draft(title), key);
    var otherRequest = as("creator").postIdempotent("api/models", draft(title + "（另一个）"), key);
    var badKey = as("creator").postIdempotent("api/models", draft(title), "x".repeat(201));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.raw().headers().firstValue("Location"))
        .isEqualTo(first.raw().headers().firstValue("Location"));
    assertThat(retry.raw().headers().firstValue("Idempotency-Replayed")).hasValue("true");
    assertThat(otherRequest.status()).isEqualTo(422);
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(
            TestDatabase.count("select count(*) from mg_supervision_model where title = ?", title))
        .isEqualTo(1);

    // a failed first attempt stores nothing: the corrected retry with the same key acts
    String retryKey = "fix-" + System.nanoTime();
    assertThat(as("creator").postIdempotent("api/models", "{\"title\":\"\"}", retryKey).status())
        .isEqualTo(400);
    assertThat(as("creator").postIdempotent("api/models", draft(title + "-修正"), retryKey).status())
        .isEqualTo(201);

    // two at once with one key: one model, and no answer claims a second one
    String raceTitle = title + "-并发";
    String raceKey = "race-" + System.nanoTime();
    var a =
        CompletableFuture.supplyAsync(
            () -> as("creator").postIdempotent("api/models", draft(raceTitle), raceKey));
    var b =
        CompletableFuture.supplyAsync(
            () -> as("creator").postIdempotent("api/models", draft(raceTitle), raceKey));
    List<ApiClient.Reply> replies = List.of(a.get(), b.get());
    assertThat(replies)
        .extracting(ApiClient.Reply::status)
        .contains(201)
        .allMatch(s -> s == 201 || s == 409);
    assertThat(replies)
        .filteredOn(r -> r.status() == 201)
        .extracting(ApiClient.Reply::body)
        .containsOnly(
            replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().body());
    assertThat(
            TestDatabase.count(
                "select count(*) from mg_supervision_model where title = ?", raceTitle))
        .isEqualTo(1);
  }

  @Test
  void shouldCreateExpiringGuestReviewerAccountsThatStopWorkingWhenExpired() throws Exception {
    String username = "guest-hf" + (System.nanoTime() % 100_000);
    String request = "{\"username\":\"%s\",\"displayName\":\"合肥市院 特邀专家\",\"expiresOn\":\"%s\"}";

    var created =
        as("staff")
            .post(
                "api/reviewers/guests", request.formatted(username, LocalDate.now().plusDays(30)));
    var byCreator =
        as("creator")
            .post(
                "api/reviewers/guests",
                request.formatted(username + "x", LocalDate.now().plusDays(30)));
    var duplicate =
        as("staff")
            .post(
                "api/reviewers/guests", request.formatted(username, LocalDate.now().plusDays(30)));
    var tooLong =
        as("staff")
            .post(
                "api/reviewers/guests",
                request.formatted(username + "y", LocalDate.now().plusYears(2)));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String password = created.json().getString("initialPassword");
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    var me = ApiClient.as(base, username, password).get("api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body()).contains("reviewer").contains("EXT");
    assertThat(as("staff").get("api/reviewers").body()).contains(username);
    assertThat(byCreator.status()).isEqualTo(403);
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("MaxOneYear");

    TestDatabase.execute(
        "update mg_user set expires_at = created_at - interval '1' day where username = '"
            + username
            + "'");
    // A form sign-in asks the identity store (Basic credentials are remembered for up to 60 s).
    var signIn =
        ApiClient.anonymous(base)
            .postForm("login", "username=" + username + "&password=" + password);
    assertThat(signIn.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("error=failed"));
    assertThat(as("staff").get("api/reviewers").body()).doesNotContain(username);
  }

  @Test
  void shouldRefuseCompletingATaskSomeoneElseClaimed() throws Exception {
    long id = createAndSubmit("认领验证模型");
    String taskId =
        as("staff2")
            .get("api/tasks")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> task.getJsonNumber("modelId").longValue() == id)
            .map(task -> task.getString("id"))
            .findFirst()
            .orElseThrow();

    assertThat(as("staff2").post("api/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);
    var taken = as("staff").post("api/tasks/" + taskId + "/claim", null);
    var screenedByOther =
        as("staff").post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}");
    var unclaimByOther = as("staff").post("api/tasks/" + taskId + "/unclaim", null);

    assertThat(taken.status()).isEqualTo(409);
    assertThat(screenedByOther.status()).isEqualTo(409);
    assertThat(screenedByOther.json().getString("detail")).contains("staff2");
    assertThat(unclaimByOther.status()).isEqualTo(409);
    assertThat(as("staff2").post("api/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(200);
    assertThat(
            as("staff")
                .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    // the history names the claimed step by its key, for the reader's language to word
    assertThat(
            as("staff")
                .get("api/models/" + id + "/history")
                .jsonStructure()
                .asJsonArray()
                .getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("action").startsWith("TASK_"))
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.getString("code")).isEqualTo("history.task");
              assertThat(e.getJsonObject("args").getString("task"))
                  .isEqualTo("Task_ScreenProposal");
            });
  }

  @Test
  void shouldAnswerBadForumRequestsWithProblemsNamingTheField() throws Exception {
    long leader = userId("leader");
    long reviewer = userId("reviewer");
    String future = Instant.now().plus(1, ChronoUnit.MINUTES).toString();
    String forum =
        "{\"title\":\"%s\",\"scheduledAt\":\"%s\",\"place\":\"市院\",\"presidingLeaderId\":%d,\"reviewerIds\":[%s]}";
    record Case(String body, String field, String rule) {}
    List<Case> cases =
        List.of(
            new Case(
                forum.formatted("论证会", "2020-01-01T00:00:00Z", leader, reviewer),
                "scheduledAt",
                "TodayOrLater"),
            new Case(
                forum.formatted("论证会", future, userId("creator"), reviewer),
                "presidingLeaderId",
                "exists"),
            new Case(
                forum.formatted("论证会", future, leader, userId("staff")), "reviewerIds", "exists"),
            new Case(forum.formatted("论证会", future, leader, ""), "reviewerIds", "NotEmpty"),
            new Case(forum.formatted("", future, leader, reviewer), "title", "NotBlank"),
            new Case(forum.formatted("论证会", "明天", leader, reviewer), "scheduledAt", "type"));
    long before = TestDatabase.count("select count(*) from mg_forum");

    for (Case c : cases) {
      var reply = as("staff").post("api/forums", c.body());
      assertThat(reply.status()).as(c.toString() + " → " + reply.body()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
          .as(c.toString())
          .anySatisfy(
              e -> {
                assertThat(e.getString("field")).isEqualTo(c.field());
                assertThat(e.getString("rule")).isEqualTo(c.rule());
              });
    }
    assertThat(TestDatabase.count("select count(*) from mg_forum")).isEqualTo(before);
    assertThat(as("staff").get("api/forums/987654").status()).isEqualTo(404);
    long forumId = forum("reviewer");
    assertThat(
            as("staff").post("api/forums/" + forumId + "/agenda", "{\"modelId\":987654}").status())
        .isEqualTo(404);
    long draft = createAndSubmit("议程状态验证模型");
    var notAwaiting =
        as("staff").post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + draft + "}");
    assertThat(notAwaiting.status()).isEqualTo(409);
    assertThat(notAwaiting.json().getString("code")).isEqualTo("model.not-awaiting-forum");
    assertThat(notAwaiting.json().getJsonObject("args").getString("stage")).isEqualTo("SCREENING");
  }

  @Test
  void shouldRequireAnInnovationStatementWhenThePointHasReachedTheHomogeneityCap() {
    for (int i = 0; i < 5; i++) {
      createAndSubmit("同质化上限验证模型" + i);
    }
    long id = id(as("creator").post("api/models", draft("缺少创新点的模型").replace("引入执行案件交叉比对", "")));

    var refused = as("creator").post("api/models/" + id + "/submit", null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("innovationStatement");
    assertThat(as("creator").get("api/models/" + id).json().getString("stage")).isEqualTo("DRAFT");
    assertThat(
            as("staff")
                .get("api/models/" + createAndSubmit("同质化比对对象") + "/similar")
                .jsonStructure()
                .asJsonArray())
        .hasSizeGreaterThanOrEqualTo(5);
  }

  static long id(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  /** Clues of a model in pilot (units XZ and LX), the funnel, and the automatic hold rule. */
  void pilotClues(long id) throws Exception {
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    String clue =
        "{\"unitId\":%d,\"externalRef\":\"%s\",\"party\":\"王某\",\"summary\":\"疑似虚假诉讼\",\"foundOn\":\"%s\"}";
    var own =
        as("staff-langxi")
            .post("api/models/" + id + "/clues", clue.formatted(lx, "LX-0001", LocalDate.now()));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(
            as("staff-langxi")
                .post("api/models/" + id + "/clues", clue.formatted(xz, "XZ-0001", LocalDate.now()))
                .status())
        .isEqualTo(403);
    assertThat(
            as("staff")
                .post(
                    "api/models/" + id + "/clues",
                    clue.formatted(userId("staff"), "X-1", LocalDate.now()))
                .status())
        .isEqualTo(400);

    // a file with bad rows is refused whole, every bad row named
    String header = "线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\n";
    String bad =
        header
            + "B-1,XZ,李某,,\"欠款10,000元，\"\"调解\"\"结案\",2026-01-05,10000.00\n"
            + "B-2,NG,赵某,,不是试点单位,2026-01-05,\n"
            + "B-3,XZ,,,缺当事人,2026-13-01,-5\n";
    var refused = as("staff").post("api/models/" + id + "/clues", "text/csv", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonObject("args").getInt("line"))
        .containsOnly(3, 4)
        .contains(3, 4);
    assertThat(TestDatabase.count("select count(*) from mg_clue where model_id = ?", id))
        .isEqualTo(1);

    // a good file is imported whole
    StringBuilder good = new StringBuilder(header);
    for (int i = 1; i <= 30; i++) {
      good.append("G-")
          .append(i)
          .append(',')
          .append(i % 2 == 0 ? "XZ" : "LX")
          .append(",当事人")
          .append(i)
          .append(",,\"执行案件, 第")
          .append(i)
          .append("号\",2026-02-0")
          .append(1 + i % 9)
          .append(',')
          .append(i * 100)
          .append(".50\n");
    }
    var imported = as("staff").post("api/models/" + id + "/clues", "text/csv", good.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().getInt("imported")).isEqualTo(30);
    assertThat(as("staff").post("api/models/" + id + "/clues", "text/csv", good.toString()).body())
        .contains("AlreadyImported");
    var langxiList = as("staff-langxi").get("api/models/" + id + "/clues?size=100").json();
    assertThat(langxiList.getJsonNumber("total").longValue()).isEqualTo(16);

    // status steps cannot be skipped; each step carries what it needs
    long clueId = own.json().getJsonNumber("id").longValue();
    String caseFormed = "{\"status\":\"CASE_FORMED\",\"caseReference\":\"宣检民监[2026]1号\"}";
    var skipped = patch("staff-langxi", clueId, caseFormed);
    assertThat(skipped.status()).isEqualTo(409);
    assertThat(skipped.json().getString("code")).isEqualTo("clue.step-not-allowed");
    assertThat(
            skipped.json().getJsonObject("args").getJsonArray("next").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("VERIFIED_VALID", "VERIFIED_INVALID");
    assertThat(patch("staff-langxi", clueId, "{\"status\":\"VERIFIED_VALID\"}").status())
        .isEqualTo(200);
    var withoutCaseNumber = patch("staff-langxi", clueId, "{\"status\":\"CASE_FORMED\"}");
    assertThat(withoutCaseNumber.status()).isEqualTo(400);
    assertThat(withoutCaseNumber.json().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("clue.case-reference-required");
    assertThat(patch("staff-langxi", clueId, caseFormed).status()).isEqualTo(200);
    assertThat(
            patch(
                    "staff-langxi",
                    clueId,
                    "{\"status\":\"DOCUMENT_ISSUED\",\"documentType\":\"RETRIAL_RECOMMENDATION\"}")
                .status())
        .isEqualTo(200);
    var adopted =
        patch("staff-langxi", clueId, "{\"status\":\"ADOPTED\",\"recoveredAmount\":12345.67}");
    assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);

    // the funnel: totals are the sum of the units, uplift against the plan's baseline
    var funnel = as("leader").get("api/models/" + id + "/funnel").json();
    JsonObject total = funnel.getJsonObject("total");
    assertThat(total.getJsonNumber("clues").longValue()).isEqualTo(31);
    assertThat(total.getJsonNumber("casesFormed").longValue()).isEqualTo(1);
    assertThat(total.getJsonNumber("recoveredAmount").bigDecimalValue())
        .isEqualByComparingTo("12345.67");
    assertThat(funnel.getJsonArray("units").getValuesAs(JsonObject.class))
        .extracting(u -> u.getJsonObject("counts").getJsonNumber("clues").longValue())
        .containsExactlyInAnyOrder(15L, 16L);
    assertThat(funnel.getJsonArray("units").getValuesAs(JsonObject.class))
        .filteredOn(u -> u.getString("unitCode").equals("LX"))
        .singleElement()
        .satisfies(u -> assertThat(u.getJsonNumber("cluesUplift").longValue()).isEqualTo(16 - 8));
    assertThat(as("leader").get("api/models/" + id + "/funnel?from=2026-02-01&to=bad").status())
        .isEqualTo(400);

    // the automatic hold rule: 20 verified, valid rate under the plan's 0.6 → the pilot ends early
    List<Long> fresh = new ArrayList<>();
    for (JsonObject item :
        as("staff")
            .get("api/models/" + id + "/clues?status=NEW&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      fresh.add(item.getJsonNumber("id").longValue());
    }
    for (int i = 0; i < 19; i++) {
      var invalid =
          patch(
              "staff",
              fresh.get(i),
              "{\"status\":\"VERIFIED_INVALID\",\"invalidReason\":\"ALREADY_HANDLED\"}");
      assertThat(invalid.status()).as(invalid.body()).isEqualTo(200);
    }
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("EVALUATION");
    assertThat(as("leader").get("api/tasks").body()).contains("Task_DecideOnPilot");
    assertThat(as("leader").get("api/models/" + id + "/history").body()).contains("AUTOMATIC_HOLD");
    assertThat(
            as("leader")
                .get("api/models/" + id + "/funnel")
                .json()
                .getJsonObject("invalidReasons")
                .getInt("ALREADY_HANDLED"))
        .isEqualTo(19);

    // the leader decides on the evaluation's recommendation (HOLD: valid rate under half the
    // target)
    assertThat(
            as("creator")
                .post("api/models/" + id + "/pilot-decision", "{\"decision\":\"HOLD\"}")
                .status())
        .isEqualTo(403);
    var override =
        as("leader").post("api/models/" + id + "/pilot-decision", "{\"decision\":\"EXTEND\"}");
    assertThat(override.status()).isEqualTo(400);
    assertThat(override.body()).contains("RequiredWhenOverriding").contains("RequiredForExtend");
    // two leaders decide at once: exactly one decision is taken
    var first =
        CompletableFuture.supplyAsync(
            () ->
                as("leader")
                    .post("api/models/" + id + "/pilot-decision", "{\"decision\":\"HOLD\"}"));
    var second =
        CompletableFuture.supplyAsync(
            () ->
                as("leader2")
                    .post("api/models/" + id + "/pilot-decision", "{\"decision\":\"HOLD\"}"));
    List<ApiClient.Reply> decided = List.of(first.get(), second.get());
    assertThat(decided).extracting(ApiClient.Reply::status).containsExactlyInAnyOrder(201, 409);
    var held = decided.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
    assertThat(held.json().getString("evidence"))
        .contains("\"recommendation\":\"HOLD\"")
        .contains("\"funnel\"");
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("ON_HOLD");
    assertThat(as("creator").get("api/models/" + id + "/decisions").jsonStructure().asJsonArray())
        .hasSize(2);

    // a new version of the held model, linked to it
    assertThat(as("creator2").post("api/models/" + id + "/new-version", null).status())
        .isEqualTo(404);
    var next = as("creator").post("api/models/" + id + "/new-version", null);
    assertThat(next.status()).as(next.body()).isEqualTo(201);
    assertThat(next.json().getInt("version")).isEqualTo(2);
    assertThat(next.json().getJsonNumber("previousVersionId").longValue()).isEqualTo(id);
    assertThat(next.json().getString("stage")).isEqualTo("DRAFT");
    assertThat(as("creator").post("api/models/" + id + "/new-version", null).status())
        .isEqualTo(409);
  }

  ApiClient.Reply patch(String username, long clueId, String body) {
    return as(username).send("PATCH", "api/clues/" + clueId, body, null);
  }

  @Test
  void shouldAdoptAModelCityWideAfterItsPilot() throws Exception {
    long id = modelInPilot("全市推广验证模型");
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");

    // a leader ends the pilot early; the leader adopts with a reason where the table says otherwise
    assertThat(as("leader").post("api/models/" + id + "/pilot-end", "{}").status()).isEqualTo(400);
    assertThat(
            as("leader").post("api/models/" + id + "/pilot-end", "{\"reason\":\"效果已显现\"}").status())
        .isEqualTo(204);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("EVALUATION");

    // EXTEND: back to the pilot with a later end, its timer moved
    LocalDate later = LocalDate.now().plusDays(90);
    var badExtend =
        as("leader")
            .post(
                "api/models/" + id + "/pilot-decision",
                "{\"decision\":\"EXTEND\",\"reason\":\"数据不足\",\"newEndDate\":\""
                    + LocalDate.now().plusDays(10)
                    + "\"}");
    assertThat(badExtend.status()).isEqualTo(400);
    assertThat(badExtend.body()).contains("AfterEndWithinMax");
    var extended =
        as("leader")
            .post(
                "api/models/" + id + "/pilot-decision",
                "{\"decision\":\"EXTEND\",\"reason\":\"样本不足，延长观察\",\"newEndDate\":\""
                    + later
                    + "\"}");
    assertThat(extended.status()).as(extended.body()).isEqualTo(201);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage")).isEqualTo("PILOT");
    assertThat(as("creator").get("api/models/" + id + "/pilot-plan").json().getString("endDate"))
        .isEqualTo(later.toString());
    String instance =
        TestDatabase.string(
            "select process_instance_id from mg_supervision_model where id = ?", id);
    assertThat(
            TestDatabase.count(
                "select count(*) from act_ru_job where process_instance_id_ = ? and handler_cfg_ like ?",
                instance,
                "BoundaryEvent_PilotEnd%"))
        .isEqualTo(1);
    assertThat(
            as("leader")
                .post("api/models/" + id + "/pilot-end", "{\"reason\":\"延长期内效果明显\"}")
                .status())
        .isEqualTo(204);
    var adopted =
        as("leader")
            .post(
                "api/models/" + id + "/pilot-decision",
                "{\"decision\":\"ADOPT\",\"reason\":\"试点单位反映良好，先行推广\"}");
    assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("ADOPTION");

    // every grassroots unit is assigned (by the library listing, a job after the decision); each
    // reports; the last one settles the adoption
    Eventually.await(
        "model " + id + " listed in the library",
        () ->
            as("leader").get("api/models/" + id + "/adoption").jsonStructure().asJsonArray().size()
                == 7);
    var cells =
        as("leader")
            .get("api/models/" + id + "/adoption")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(cells)
        .hasSize(7)
        .allSatisfy(cell -> assertThat(cell.getString("status")).isEqualTo("ASSIGNED"));
    assertThat(as("staff-langxi").get("api/tasks").body()).contains("Task_ConfirmAdoption");
    assertThat(as("creator2").get("api/library").body()).contains("全市推广验证模型");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    assertThat(report("staff-langxi", id, xz, "DATA_READY", null).status()).isEqualTo(403);
    assertThat(report("staff-langxi", id, lx, "RUNNING", null).status()).isEqualTo(409);
    assertThat(report("staff-langxi", id, lx, "NOT_APPLICABLE", null).status()).isEqualTo(400);
    assertThat(report("staff-langxi", id, lx, "DATA_READY", null).status()).isEqualTo(200);
    assertThat(report("staff-langxi", id, lx, "RUNNING", null).status()).isEqualTo(200);
    for (JsonObject cell : cells) {
      long unit = cell.getJsonNumber("unitId").longValue();
      if (unit == lx) {
        continue;
      }
      if (cell.getString("unitCode").equals("JD")) {
        assertThat(report("staff", id, unit, "NOT_APPLICABLE", "本地无相关案件数据").status())
            .isEqualTo(200);
      } else {
        assertThat(report("staff", id, unit, "DATA_READY", null).status()).isEqualTo(200);
        assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
            .isEqualTo("ADOPTION");
        assertThat(report("staff", id, unit, "RUNNING", null).status()).isEqualTo(200);
      }
    }
    assertThat(as("creator").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("ADOPTED");
    // the diagram shows the whole path walked and nothing open
    var diagram = as("creator").get("api/models/" + id + "/diagram").json();
    assertThat(diagram.getJsonArray("activeElements")).isEmpty();
    assertThat(diagram.getJsonArray("completedElements").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains(
            "Task_ScreenProposal",
            "Task_RuleOnModel",
            "Task_DecideOnPilot",
            "Task_ConfirmAdoption",
            "EndEvent_ModelAdopted")
        .doesNotContain("Task_ReviseProposal");
    assertThat(diagram.getString("bpmnXml")).contains("id=\"EndEvent_ModelAdopted\"");
    JsonObject entry =
        as("creator2")
            .get("api/library")
            .jsonStructure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getJsonNumber("modelId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(entry.getJsonNumber("unitsAssigned").longValue()).isEqualTo(6);
    assertThat(entry.getJsonNumber("unitsRunning").longValue()).isEqualTo(6);
    assertThat(entry.getJsonNumber("coverage").doubleValue()).isEqualTo(1.0);
    assertThat(report("staff-langxi", id, lx, "FIRST_CLUE", null).status()).isEqualTo(200);
    var feedback =
        as("staff-langxi")
            .post(
                "api/models/" + id + "/adoption/" + lx + "/feedback",
                "{\"body\":\"本地数据字段缺失，需市院协调\"}");
    assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);
    assertThat(
            as("staff-langxi")
                .post("api/models/" + id + "/adoption/" + xz + "/feedback", "{\"body\":\"代他单位反馈\"}")
                .status())
        .isEqualTo(403);
    assertThat(as("leader").get("api/models/" + id + "/adoption/feedback").body())
        .contains("需市院协调");

    // a leader may delist it later, with a reason
    assertThat(as("staff").post("api/models/" + id + "/retire", "{\"reason\":\"x\"}").status())
        .isEqualTo(403);
    assertThat(as("leader").post("api/models/" + id + "/retire", "{}").status()).isEqualTo(400);
    var retired = as("leader").post("api/models/" + id + "/retire", "{\"reason\":\"数据源停止共享\"}");
    assertThat(retired.json().getString("stage")).isEqualTo("RETIRED");
    assertThat(as("leader").post("api/models/" + id + "/retire", "{\"reason\":\"再次下架\"}").status())
        .isEqualTo(409);

    // the dashboard: city-wide for the leader, the unit's own for unit staff
    JsonObject cityBoard = as("leader").get("api/dashboard").json();
    assertThat(cityBoard.getBoolean("cityWide")).isTrue();
    assertThat(cityBoard.getJsonArray("modelsByStage").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("key"))
        .contains("RETIRED");
    assertThat(cityBoard.getJsonArray("coverageByUnit")).hasSizeGreaterThanOrEqualTo(7);
    JsonObject unitBoard = as("staff-langxi").get("api/dashboard").json();
    assertThat(unitBoard.getBoolean("cityWide")).isFalse();
    assertThat(unitBoard.getJsonArray("coverageByUnit").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("unitName"))
        .containsOnly("郎溪县人民检察院");
  }

  ApiClient.Reply report(String username, long modelId, long unitId, String status, String reason) {
    String body =
        reason == null
            ? "{\"status\":\"" + status + "\"}"
            : "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}";
    return as(username).send("PUT", "api/models/" + modelId + "/adoption/" + unitId, body, null);
  }

  /** A model past its forum with a GO and a registered pilot plan for XZ and LX. */
  long modelInPilot(String title) throws Exception {
    long id = acceptedModel(title);
    long forumId = forum("guest-reviewer");
    assertThat(
            as("staff")
                .post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}")
                .status())
        .isEqualTo(200);
    assertThat(as("guest-reviewer").post("api/models/" + id + "/reviews", review(5)).status())
        .isEqualTo(201);
    assertThat(as("leader").post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}").status())
        .isEqualTo(201);
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":100,"
            + "\"units\":[{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0},"
            + "{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}]}";
    var planned =
        as("staff")
            .post(
                "api/models/" + id + "/pilot-plan",
                plan.formatted(LocalDate.now(), LocalDate.now().plusDays(60), xz, lx));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    return id;
  }

  @Test
  void shouldImportAFiftyThousandRowHitListWholeOrNotAtAll() throws Exception {
    long id = modelInPilot("五万条线索导入验证模型");
    StringBuilder csv = new StringBuilder("线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\n");
    for (int i = 1; i <= 50_000; i++) {
      csv.append("H-")
          .append(i)
          .append(',')
          .append(i % 3 == 0 ? "LX" : "XZ")
          .append(",当事人")
          .append(i)
          .append(",3418021990010")
          .append(String.format("%05d", i % 100_000))
          .append(",\"社保数据比对：服刑期间领取养老金, 第")
          .append(i)
          .append("条\",2026-03-15,")
          .append(i % 1000)
          .append(".25\n");
    }
    String good = csv.toString();
    String oneBad =
        good.replace("\nH-49999,XZ,", "\nH-49999,NG,").replace("\nH-49999,LX,", "\nH-49999,NG,");

    var refused = as("staff").post("api/models/" + id + "/clues", "text/csv", oneBad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("lines[50000].UNIT_CODE");
    assertThat(TestDatabase.count("select count(*) from mg_clue where model_id = ?", id)).isZero();

    var imported = as("staff").post("api/models/" + id + "/clues", "text/csv", good);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().getInt("imported")).isEqualTo(50_000);
    JsonObject funnel = as("leader").get("api/models/" + id + "/funnel").json();
    assertThat(funnel.getJsonObject("total").getJsonNumber("clues").longValue()).isEqualTo(50_000);
    assertThat(funnel.getJsonArray("units").getValuesAs(JsonObject.class))
        .extracting(u -> u.getJsonObject("counts").getJsonNumber("clues").longValue())
        .containsExactlyInAnyOrder(16_666L, 33_334L);
  }
}
