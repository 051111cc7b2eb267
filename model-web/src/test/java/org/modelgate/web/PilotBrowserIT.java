package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.modelgate.web.browser.Browser;
import org.modelgate.web.browser.PilotPages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A model from its conditional go to adoption through the pilot pages: the condition closed, the
 * pilot planned, a bad hit list refused with its rows named and a good one imported, clues worked,
 * the pilot ended early, ADOPT decided and a unit's adoption reported.
 */
class PilotBrowserIT extends BrowserTest {

  static final String ID_NUMBER = "340102199001011234";

  static final String HEADER = "线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\n";

  /** A model after a conditional go whose one condition the digital office's staff owns. */
  long modelAfterConditionalGo(URI base, String title) throws Exception {
    var creator = ApiClient.as(base, "creator");
    var staff = ApiClient.as(base, "staff");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft(title)));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(staff.post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}").status())
        .isEqualTo(200);
    long forum =
        ProposalFlowIT.id(
            staff.post(
                "api/forums",
                """
                {"title":"试点页面验证论证会","scheduledAt":"%s","place":"市院三楼会议室",
                 "presidingLeaderId":%d,"reviewerIds":[%d]}"""
                    .formatted(
                        Instant.now(),
                        ProposalFlowIT.userId("leader"),
                        ProposalFlowIT.userId("guest-reviewer"))));
    assertThat(staff.post("api/forums/" + forum + "/agenda", "{\"modelId\":" + id + "}").status())
        .isEqualTo(200);
    assertThat(
            ApiClient.as(base, "guest-reviewer")
                .post("api/models/" + id + "/reviews", ProposalFlowIT.review(5))
                .status())
        .isEqualTo(201);
    var ruling =
        ApiClient.as(base, "leader")
            .post(
                "api/models/" + id + "/ruling",
                """
                {"outcome":"CONDITIONAL_GO","reason":"数据来源须先落实",
                 "conditions":[{"text":"签订社保数据共享协议","ownerId":%d,"dueDate":"%s"}]}"""
                    .formatted(ProposalFlowIT.userId("staff"), LocalDate.now().plusDays(10)));
    assertThat(ruling.status()).as(ruling.body()).isEqualTo(201);
    return id;
  }

  @Test
  void shouldPlanImportWorkDecideAndAdoptThroughThePilotPages() throws Exception {
    URI base = base();
    long id = modelAfterConditionalGo(base, "服刑人员冒领养老金监督模型");

    // the plan is refused while the condition is open; its owner closes it
    var page = browser().signIn("staff").go("pilot-plan.xhtml?model=" + id);
    assertThat(page.text(By.id("conds:conditionsOpen"))).contains("1 项条件未落实");
    // the plan form is offered only once PLAN_PILOT is allowed, i.e. every condition is closed
    assertThat(page.all(By.id("f:submit"))).isEmpty();
    PilotPages.closeConditions(page, id);
    assertThat(page.all(By.id("conds:conditionsOpen"))).isEmpty();

    // an end before the start is refused next to the field
    PilotPages.fillPlan(page, id, LocalDate.now().minusDays(1), "XZ", "LX");
    page.click(By.id("f:submit"));
    assertThat(page.confirmationOpen()).as("no confirmation for an invalid plan").isFalse();
    page.shows("试点结束日期须晚于开始日期");
    assertThat(page.text(By.id("f"))).contains("试点结束日期须晚于开始日期");
    PilotPages.fillPlan(page, id, LocalDate.now().plusDays(60), "XZ", "LX");
    PilotPages.setBaseline(page, "XZ", 8, 2);
    PilotPages.setBaseline(page, "LX", 5, 1);
    scrollTo(page, "conds");
    page.screenshot("30-pilot-plan");
    PilotPages.submitPlan(page);
    assertThat(page.text(By.id("stage"))).isEqualTo("试点中");
    page.shows("试点方案已制定");

    // a file with one bad row: every bad row named, nothing imported
    String today = LocalDate.now().toString();
    Path bad =
        csv(
            HEADER
                + "P-1,XZ,王某,,服刑期间领取养老金,%s,3000.00\n".formatted(today)
                + "P-2,NG,李某,,不是试点单位,%s,\n".formatted(today));
    String refused = PilotPages.importClues(page, id, bad);
    assertThat(refused).contains("未导入").contains("3").contains("单位代码");
    assertThat(page.text(By.id("f:clueTable"))).contains("暂无线索");
    page.screenshot("31a-clues-refused");

    // a good file is imported whole
    StringBuilder good = new StringBuilder(HEADER);
    for (int i = 1; i <= 12; i++) {
      good.append(
          "P-%d,%s,当事人%d,%s,\"服刑期间领取养老金, 第%d条\",%s,%d.50\n"
              .formatted(
                  i, i % 3 == 0 ? "LX" : "XZ", i, i == 12 ? ID_NUMBER : "", i, today, i * 1000));
    }
    String done = PilotPages.upload(page, csv(good.toString()));
    assertThat(done).contains("12");
    page.shows("P-12");

    // the identity number shows masked; 显示 asks the service for the full one, in that row
    String row = "//tbody[@id='f:clueTable_data']/tr[td[1][normalize-space()='P-12']]";
    assertThat(page.text(By.xpath(row + "//*[contains(@id,':idNumber')]")))
        .isEqualTo("3401**********1234");
    page.click(By.xpath(row + "//button[contains(@id,':reveal')]"));
    page.shows(ID_NUMBER);
    assertThat(page.all(By.xpath(row + "//button[contains(@id,':reveal')]"))).isEmpty();

    // clues move one step at a time; marking one invalid needs the reason
    PilotPages.moveClue(page, "P-1", "VERIFIED_VALID", null);
    PilotPages.moveClue(page, "P-2", "VERIFIED_INVALID", "ALREADY_HANDLED");
    PilotPages.openStep(page, "P-1", "CASE_FORMED", null);
    page.click(By.id("f:saveStep"));
    assertThat(page.text(By.id("f:stepDialog"))).contains("案号");
    page.click(By.id("f:cancelStep"));
    PilotPages.moveClue(page, "P-1", "CASE_FORMED", "宣检民监[2026]1号");
    assertThat(page.text(By.id("f:clueTable"))).contains("核查不实").contains("已立案");
    page.screenshot("31-clues");
    scrollTo(page, "funnelForm");
    assertThat(page.text(By.id("funnelForm"))).contains("属实率");
    assertThat(page.all(By.cssSelector("#funnelForm canvas"))).hasSizeGreaterThanOrEqualTo(2);
    page.screenshot("32-funnel");
    page.signOut();

    // a leader ends the pilot early, then decides on the evidence
    page.signIn("leader");
    PilotPages.endPilotEarly(page, id, "试点效果已经显现");
    assertThat(page.text(By.id("stage"))).isEqualTo("试点评估");
    assertThat(page.text(By.id("recommendationPanel"))).isNotBlank();
    page.screenshot("33-pilot-decision");
    page.go("clues.xhtml?model=" + id);
    assertThat(page.all(By.id("f:clueTable"))).isEmpty();
    assertThat(page.text(By.id("funnelForm"))).contains("属实率");
    PilotPages.decidePilot(page, id, "ADOPT", "试点单位反映良好，先行推广");
    assertThat(page.text(By.id("decided"))).contains("试点单位反映良好");
    assertThat(page.text(By.id("stage"))).isEqualTo("推广中");
    page.screenshot("33a-pilot-decided");
    page.go("pilot-decision.xhtml?model=" + id);
    assertThat(page.text(By.id("decided"))).contains("试点单位反映良好").contains("查看推广情况");
    page.signOut();

    // Langxi's staff report their own unit's adoption and give feedback, once the library listing
    // (a job after the decision) assigned it
    Eventually.await(
        "model " + id + " listed in the library",
        () ->
            !ApiClient.as(base, "staff")
                .get("api/models/" + id + "/adoption")
                .jsonStructure()
                .asJsonArray()
                .isEmpty());
    page.signIn("staff-langxi");
    PilotPages.confirmAdoption(page, id, "郎溪县人民检察院", "DATA_READY", "RUNNING");
    assertThat(page.text(By.id("f:cells"))).contains("已运行");
    assertThat(
            page.all(
                By.xpath(
                    "//tbody[@id='f:cells_data']/tr[td[1][normalize-space()='宣州区人民检察院']]//button")))
        .isEmpty();
    PilotPages.sendAdoptionFeedback(page, id, "本地数据字段缺失，需市院协调");
    page.screenshot("34a-adoption-of-a-model");
    page.go("adoption.xhtml");
    assertThat(page.text(By.id("matrix"))).contains("服刑人员冒领养老金监督模型").contains("已运行");
    page.screenshot("34-adoption-matrix");
    page.signOut();
  }

  @Test
  void shouldShowAConflictWhenAnotherLeaderDecidedFirst() throws Exception {
    URI base = base();
    long id = modelAfterConditionalGo(base, "冲突验证模型");
    var staff = ApiClient.as(base, "staff");
    long condition =
        staff
            .get("api/models/" + id + "/decisions")
            .jsonStructure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonArray("conditions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            staff.post("api/models/" + id + "/conditions/" + condition + "/close", null).status())
        .isEqualTo(200);
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,"
            + "\"minCluesForJudgement\":10,\"units\":[{\"unitId\":%d,\"baselineClues\":0,"
            + "\"baselineCases\":0,\"baselineRecovered\":0}]}";
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    var planned =
        staff.post(
            "api/models/" + id + "/pilot-plan",
            plan.formatted(LocalDate.now(), LocalDate.now().plusDays(30), xz));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(
            ApiClient.as(base, "leader")
                .post("api/models/" + id + "/pilot-end", "{\"reason\":\"提前评估\"}")
                .status())
        .isEqualTo(204);

    // the leader has the form open when another leader decides first
    var page = browser().signIn("leader").go("pilot-decision.xhtml?model=" + id);
    PilotPages.clickRadio(page, "f", "HOLD");
    page.type(By.id("f:reason"), "效果不明显");
    assertThat(
            ApiClient.as(base, "leader2")
                .post(
                    "api/models/" + id + "/pilot-decision",
                    "{\"decision\":\"HOLD\",\"reason\":\"效果不明显\"}")
                .status())
        .isEqualTo(201);
    page.click(By.id("f:decide"));
    page.shows("可能已有他人先行处理");
    assertThat(page.all(By.id("decided"))).isEmpty();

    // reloaded, the page shows the colleague's decision, in English too
    page.go("pilot-decision.xhtml?model=" + id);
    assertThat(page.text(By.id("decided"))).contains("效果不明显");
    page.click(By.id("session:en"));
    assertThat(page.text(By.tagName("h1"))).isEqualTo("Pilot decision");
    assertThat(page.text(By.id("evidence"))).contains("Valid rate").contains("target");
    page.signOut();

    // on hold, the creator may no longer withdraw but may start a new version
    assertThat(allowedActions("creator", id)).contains("NEW_VERSION").doesNotContain("WITHDRAW");
    page.signIn("creator").go("model.xhtml?id=" + id);
    page.find(By.id("actions:newVersion"));
    assertThat(page.all(By.id("actions:withdraw"))).isEmpty();
    page.signOut();
  }

  static Path csv(String content) throws Exception {
    Path file = Files.createTempFile("clues", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static void scrollTo(Browser page, String id) {
    ((JavascriptExecutor) page.driver())
        .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }
}
