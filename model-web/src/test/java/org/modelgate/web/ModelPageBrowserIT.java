package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The model page says what is next and keeps a record people can read: the stepper and the current
 * step with who holds it, the history in people's names newest first, the diagram's zoom, the
 * withdrawal confirmed only once its reason is given, and tables that follow a link on Enter.
 */
class ModelPageBrowserIT extends BrowserTest {

  @Test
  void shouldShowTheCurrentStepItsHolderAndAReadableHistory() throws Exception {
    URI base = base();
    var creator = ApiClient.as(base, "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("页面可读性验证监督模型")));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(creator.post("api/models/" + id + "/comments", "{\"body\":\"请初审时关注数据口径\"}").status())
        .isEqualTo(201);

    var page = browser().signIn("creator").go("model.xhtml?id=" + id);
    // the stepper: proposal done, screening current; the current step is offered to the office
    assertThat(page.text(By.cssSelector("#stepper .mg-step-CURRENT .mg-step-name")))
        .isEqualTo("初审");
    assertThat(page.all(By.cssSelector("#stepper .mg-step-DONE"))).hasSize(1);
    assertThat(page.text(By.cssSelector("#current .mg-current-name"))).isEqualTo("初审");
    assertThat(page.text(By.cssSelector("#current .mg-holder"))).isEqualTo("数字检察办公室");

    // the history: people's names and units, words not codes, newest first, turned round
    page.click(By.linkText("历史记录"));
    var firstWho =
        By.cssSelector("[id='tabs:hf:historyTable_data'] tr:first-child .mg-history-who");
    var firstWhat =
        By.cssSelector("[id='tabs:hf:historyTable_data'] tr:first-child .mg-history-what");
    assertThat(page.text(firstWho)).isEqualTo("张明（宣州区院检察官）");
    assertThat(page.text(firstWhat)).isEqualTo("发表意见");
    assertThat(page.text(By.id("tabs:hf:historyTable"))).doesNotContain("DONE", "STAGE_CHANGED");
    page.click(By.id("tabs:hf:order"));
    assertThat(page.text(firstWhat)).isEqualTo("创建草稿");
    page.screenshot("14-model-history");

    // the diagram zooms from its buttons
    page.click(By.linkText("流程图"));
    var canvas = By.cssSelector("#diagramCanvas[data-scale]");
    double before = Double.parseDouble(page.find(canvas).getAttribute("data-scale"));
    page.click(By.id("zoomIn"));
    double after = Double.parseDouble(page.find(canvas).getAttribute("data-scale"));
    assertThat(after).isGreaterThan(before);
    page.screenshot("15-model-diagram-zoom");

    // withdrawing: without a reason nothing is confirmed; with one, confirmed, then withdrawn
    page.click(By.id("actions:withdraw"));
    page.click(By.id("actions:confirmWithdraw"));
    page.shows("请填写撤回理由");
    assertThat(page.find(By.id("actions:withdrawDialog")).isDisplayed()).isTrue();
    assertThat(page.all(By.id("actions:withdrawSure")).getFirst().isDisplayed()).isFalse();
    page.type(By.id("actions:withdrawReason"), "数据来源暂不具备").click(By.id("actions:confirmWithdraw"));
    page.find(By.id("actions:withdrawSure"));
    page.click(By.id("actions:withdrawYes"));
    page.shows("已撤回");
    assertThat(page.text(By.cssSelector("#stepper .mg-step-EXITED"))).contains("已撤回");
    page.find(By.id("nextStepLink"));

    // in English the history and the printable record word actions, stages, outcomes and units in
    // English; only what people wrote (the title, the comment, the reason) stays Chinese
    page.go("model.xhtml?id=" + id).click(By.id("session:en"));
    assertThat(page.text(By.cssSelector("[id='tabs:f:comments'] .mg-comment-kind")))
        .contains("Reason for withdrawal");
    page.click(By.linkText("History"));
    String history = page.text(By.id("tabs:hf:historyTable"));
    assertThat(history)
        .contains("Draft → In screening")
        .contains("Xuanzhou District People's Procuratorate")
        .contains("数据来源暂不具备");
    assertThat(page.all(By.cssSelector("[id='tabs:hf:historyTable_data'] .mg-history-what")))
        .isNotEmpty()
        .allSatisfy(what -> assertThat(what.getText()).doesNotContainPattern("\\p{IsHan}"));
    page.go("model-history.xhtml?id=" + id);
    assertThat(page.all(By.cssSelector("#recordTable tbody td:nth-child(4)")))
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(what -> assertThat(what.getText()).doesNotContainPattern("\\p{IsHan}"));
    assertThat(page.all(By.cssSelector("#recordTable tbody td:nth-child(5)")))
        .allSatisfy(change -> assertThat(change.getText()).doesNotContainPattern("\\p{IsHan}"));
    page.click(By.id("session:zh"));
    page.signOut();
  }

  @Test
  void shouldFollowATableLinkOnEnter() throws Exception {
    var creator = ApiClient.as(base(), "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("键盘操作验证监督模型")));

    var page = browser().signIn("creator").go("models.xhtml");
    var link = page.find(By.xpath("//a[normalize-space(.)='键盘操作验证监督模型']"));
    link.sendKeys(Keys.ENTER);
    new WebDriverWait(page.driver(), Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("id=" + id));
    page.settle();
    assertThat(page.text(By.tagName("h1"))).isEqualTo("键盘操作验证监督模型");
    page.signOut();
  }
}
