package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.modelgate.web.browser.ForumPages;
import org.modelgate.web.browser.PilotPages;
import org.modelgate.web.browser.ProposalPages;
import org.openqa.selenium.By;

/** One model through the pages, as the users who move it, and what others may not see. */
class LifecycleBrowserIT extends BrowserTest {

  /**
   * The whole way in the browser: the creator drafts and submits, staff screen and schedule the
   * forum, the reviewer scores, the leader rules, staff plan the pilot and import its clues, the
   * leader ends the pilot and adopts, and every unit's adoption is confirmed — until the model page
   * shows ADOPTED with the diagram walked to its end.
   */
  @Test
  void shouldWalkOneModelFromProposalToAdoptedAsEachUser() throws Exception {
    URI base = base();
    var page = browser().signIn("creator");
    long id = ProposalPages.createDraft(page, "社保基金冒领全流程监督模型");
    ProposalPages.submit(page, id);
    assertThat(page.text(By.id("stage"))).isEqualTo("初审中");
    page.signOut();

    page.signIn("staff");
    ProposalPages.screen(page, id, "ACCEPT");
    long forumId =
        ForumPages.createForum(
            page,
            "全流程验证论证会",
            "市院三楼会议室",
            ProposalFlowIT.userId("leader"),
            ProposalFlowIT.userId("reviewer"));
    ForumPages.addToAgenda(page, forumId, id);
    page.signOut();

    page.signIn("reviewer");
    ForumPages.review(page, id, 5);
    page.signOut();

    page.signIn("leader");
    ForumPages.rule(page, id, "GO");
    assertThat(page.text(By.id("stage"))).isEqualTo("待制定试点方案");
    page.signOut();

    page.signIn("staff");
    PilotPages.planPilot(page, id, LocalDate.now().plusDays(60), "XZ", "LX");
    String today = LocalDate.now().toString();
    Path hits = Files.createTempFile("walk-clues", ".csv");
    Files.writeString(
        hits,
        PilotBrowserIT.HEADER
            + "W-1,XZ,王某,,服刑期间领取养老金,%s,3000.00\n".formatted(today)
            + "W-2,LX,李某,,服刑期间领取养老金,%s,1200.00\n".formatted(today),
        StandardCharsets.UTF_8);
    assertThat(PilotPages.importClues(page, id, hits)).contains("2");
    PilotPages.moveClue(page, "W-1", "VERIFIED_VALID", null);
    page.signOut();

    page.signIn("leader");
    PilotPages.endPilotEarly(page, id, "试点效果已经显现");
    PilotPages.decidePilot(page, id, "ADOPT", "试点单位反映良好，全市推广");
    assertThat(page.text(By.id("stage"))).isEqualTo("推广中");
    page.signOut();

    page.signIn("staff");
    Eventually.await(
        "model " + id + " listed in the library",
        () ->
            !ApiClient.as(base, "staff")
                .get("api/models/" + id + "/adoption")
                .jsonStructure()
                .asJsonArray()
                .isEmpty());
    var units = ApiClient.as(base, "staff").get("api/models/" + id + "/adoption").jsonStructure();
    for (var unit : units.asJsonArray().getValuesAs(jakarta.json.JsonObject.class)) {
      PilotPages.confirmAdoption(page, id, unit.getString("unitName"), "DATA_READY", "RUNNING");
    }
    page.go("model.xhtml?id=" + id);
    assertThat(page.text(By.id("stage"))).isEqualTo("已推广");
    page.click(By.linkText("流程图"));
    var canvas = page.find(By.cssSelector("#diagramCanvas[data-completed]"));
    assertThat(canvas.getAttribute("data-active")).isEmpty();
    assertThat(canvas.getAttribute("data-completed"))
        .contains("Task_RuleOnModel", "Task_DecideOnPilot", "EndEvent_ModelAdopted");
    page.screenshot("08-model-adopted-diagram");
    page.click(By.linkText("决策记录"));
    page.shows("试点单位反映良好，全市推广");
    page.screenshot("09-model-decisions");
    page.signOut();
  }

  @Test
  void shouldShowTheModelPageWithItsPlaceOnTheDiagramAndRefuseOtherUnits() throws Exception {
    URI base = base();
    var creator = ApiClient.as(base, "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("醉驾不起诉行政处罚衔接监督模型")));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);

    var page = browser().signIn("creator").go("model.xhtml?id=" + id);
    assertThat(page.text(By.id("stage"))).isEqualTo("初审中");
    // the creator may withdraw while screening: the API says so and the page shows 撤回
    assertThat(allowedActions("creator", id)).contains("WITHDRAW").doesNotContain("SCREEN");
    assertThat(page.text(By.id("actions:withdraw"))).contains("撤回");
    assertThat(page.all(By.id("screen"))).isEmpty();
    page.click(By.id("tabs:f:addComment"));
    assertThat(
            page.text(By.cssSelector("[id='tabs:f:body'] ~ .ui-message-error, .ui-message-error")))
        .contains("不能为空");
    page.type(By.id("tabs:f:body"), "建议补充公安数据的更新频率说明").click(By.id("tabs:f:addComment"));
    page.shows("建议补充公安数据的更新频率说明");
    page.screenshot("04-model-overview");
    page.click(By.linkText("流程图"));
    var canvas = page.find(By.cssSelector("#diagramCanvas[data-active]"));
    assertThat(canvas.getAttribute("data-active")).isEqualTo("Task_ScreenProposal");
    assertThat(canvas.getAttribute("data-completed")).contains("StartEvent_ProposalSubmitted");
    assertThat(page.all(By.cssSelector("#diagramCanvas .mg-active"))).isNotEmpty();
    page.screenshot("05-model-diagram");
    page.click(By.linkText("历史记录"));
    page.shows("阶段变更");
    page.screenshot("06-model-history");
    page.signOut();

    // the digital office screens: the link shows exactly when SCREEN is allowed, 撤回 does not
    assertThat(allowedActions("staff", id)).contains("SCREEN").doesNotContain("WITHDRAW");
    page.signIn("staff").go("model.xhtml?id=" + id);
    page.find(By.id("screen"));
    assertThat(page.all(By.id("actions:withdraw"))).isEmpty();
    page.signOut();

    page.signIn("staff-langxi").go("model.xhtml?id=" + id);
    // another unit's model is answered as if it did not exist (404), not 403
    assertThat(page.text(By.tagName("h1"))).isEqualTo("未找到");
    assertThat(page.all(By.id("screen"))).isEmpty();
    page.screenshot("07-access-denied");
    page.go("screening.xhtml?model=" + id);
    assertThat(page.all(By.id("f:accept"))).isEmpty();
    page.go("index.xhtml").signOut();
  }
}
