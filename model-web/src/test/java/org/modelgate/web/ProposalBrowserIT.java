package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.modelgate.web.browser.Browser;
import org.modelgate.web.browser.ProposalPages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The proposal pages in a real browser: a creator drafts (a refusal shown next to its field, then
 * fixed), attaches files, submits; staff screen it; the model list filters, sorts and pages; the
 * homogeneity warning; an edit someone else saved first; the library.
 */
class ProposalBrowserIT extends BrowserTest {

  /** The supervision point the homogeneity test fills up to the cap (PI-02, 生态环境). */
  private static final long CROWDED_POINT = 12;

  @Test
  void shouldDraftWithAnInlineRefusalAttachSubmitAndBeScreened() throws Exception {
    var page = browser().signIn("creator");
    page.go("proposal.xhtml");
    ProposalPages.fill(page, "骗取贷款线索发现模型", ProposalPages.DEFAULT_POINT);
    page.type(By.id("f:title"), " ");
    page.click(By.id("f:save"));
    assertThat(page.text(By.cssSelector("[id='f:title'] + .ui-message-error"))).contains("不能为空");
    assertThat(page.driver().getCurrentUrl()).doesNotContain("id=");

    page.type(By.id("f:title"), "骗取贷款线索发现模型");
    long id = ProposalPages.save(page);
    assertThat(page.text(By.id("stage"))).isEqualTo("草稿");
    assertThat(page.all(By.cssSelector("[id='f:title'] + .ui-message-error"))).isEmpty();

    Path png = Files.createTempDirectory("attachments").resolve("规则示意图.png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    ProposalPages.attach(page, id, png);
    Path fake = png.resolveSibling("伪装图片.png");
    Files.writeString(fake, "这不是图片", StandardCharsets.UTF_8);
    page.driver().findElement(By.id("f:file_input")).sendKeys(fake.toString());
    page.shows("文件内容与类型不符");
    assertThat(page.text(By.id("f:fileMessage"))).contains("文件内容与类型不符");
    var download = page.find(By.linkText("规则示意图.png"));
    assertThat(download.getAttribute("href")).matches(".*/api/models/" + id + "/attachments/\\d+");
    page.screenshot("11-proposal-form");

    ProposalPages.submit(page, id);
    assertThat(page.text(By.id("stage"))).isEqualTo("初审中");
    page.signOut();

    page.signIn("staff").go("screening.xhtml?model=" + id);
    assertThat(page.text(By.id("modelTitle"))).isEqualTo("骗取贷款线索发现模型");
    // rejecting without a reason: refused before any "are you sure?"
    page.click(By.id("f:reject"));
    assertThat(page.text(By.cssSelector("[id='f:comment'] ~ .ui-message-error"))).isNotBlank();
    assertThat(page.confirmationOpen()).isFalse();
    page.screenshot("12-screening");
    ProposalPages.screen(page, id, "ACCEPT");
    assertThat(page.pageText()).contains("已通过初审");
    assertThat(ApiClient.as(base(), "staff").get("api/models/" + id).json().getString("stage"))
        .isEqualTo("AWAITING_FORUM");
    page.signOut();
  }

  @Test
  void shouldSearchFilterSortAndPageTheModelListInTheDatabase() throws Exception {
    var creator = ApiClient.as(base(), "creator");
    long first = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("列表页验证 A 醉驾衔接")));
    long second = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("列表页验证 B 醉驾衔接")));
    assertThat(creator.post("api/models/" + second + "/submit", null).status()).isEqualTo(200);

    var page = browser().signIn("creator");
    ProposalPages.searchModels(page, "列表页验证");
    rows(page, 2);
    page.click(By.id("f:models:name"));
    rows(page, 2);
    assertThat(firstRow(page)).contains("列表页验证 A");
    page.click(By.id("f:models:name"));
    waitFor(page, () -> firstRow(page).contains("列表页验证 B"));

    ProposalPages.filterModels(page, "stage", "SCREENING");
    rows(page, 1);
    assertThat(firstRow(page)).contains("列表页验证 B").contains("初审中");
    page.screenshot("10-models");
    page.click(By.linkText("列表页验证 B 醉驾衔接"));
    assertThat(page.driver().getCurrentUrl()).contains("model.xhtml?id=" + second);
    assertThat(
            creator
                .get(
                    "api/models?q="
                        + java.net.URLEncoder.encode("列表页验证", StandardCharsets.UTF_8)
                        + "&sort=-title")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(second);
    var unsortable = creator.get("api/models?sort=problemStatement");
    assertThat(unsortable.status()).isEqualTo(400);
    assertThat(unsortable.body()).contains("sort");
    page.signOut();
  }

  @Test
  void shouldWarnOfSimilarModelsAndAskForTheInnovationStatementBeforeSubmitting() {
    var creator = ApiClient.as(base(), "creator");
    String crowded =
        FoundationIT.draft("同质化页面验证")
            .replace("\"supervisionPointId\":1", "\"supervisionPointId\":" + CROWDED_POINT);
    for (int i = 0; i < 5; i++) {
      long id =
          ProposalFlowIT.id(creator.post("api/models", crowded.replace("同质化页面验证", "生态环境在用模型" + i)));
      assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    }
    long draft =
        ProposalFlowIT.id(
            creator.post(
                "api/models",
                crowded.replace("首次将不起诉决定与行政处罚数据比对", "").replace("同质化页面验证", "缺少创新点的生态环境模型")));

    var page = browser().signIn("creator").go("proposal.xhtml?id=" + draft);
    assertThat(page.all(By.id("f:capWarning"))).isEmpty();
    page.click(By.id("f:submit"));
    assertThat(page.confirmationOpen()).as("no confirmation for an invalid submission").isFalse();
    assertThat(page.text(By.cssSelector("[id='f:innovationStatement'] ~ .ui-message-error")))
        .contains("创新点说明");
    assertThat(page.text(By.id("f:capWarning"))).contains("同质化提示");
    assertThat(page.driver().getCurrentUrl()).contains("proposal.xhtml?id=" + draft);
    page.type(By.id("f:innovationStatement"), "以卫星遥感图斑与行政处罚数据比对，区别于现有模型");
    ProposalPages.submit(page, draft);
    assertThat(page.text(By.id("stage"))).isEqualTo("初审中");
    page.signOut();

    page.signIn("staff").go("screening.xhtml?model=" + draft);
    assertThat(page.text(By.id("capWarning"))).contains("重点审查创新点说明");
    assertThat(page.text(By.id("homogeneity"))).contains("生态环境在用模型0");
    page.signOut();
  }

  @Test
  void shouldRefuseToOverwriteAnEditSomeoneElseSavedFirst() {
    var creator = ApiClient.as(base(), "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("并发编辑验证模型")));
    var page = browser().signIn("creator").go("proposal.xhtml?id=" + id);
    String etag = creator.get("api/models/" + id).raw().headers().firstValue("ETag").orElseThrow();
    assertThat(
            creator
                .send("PUT", "api/models/" + id, FoundationIT.draft("并发编辑验证模型（他人先改）"), etag)
                .status())
        .isEqualTo(200);

    page.type(By.id("f:title"), "并发编辑验证模型（我的修改）").click(By.id("f:save"));
    assertThat(page.text(By.id("messages"))).contains("他人已先修改");
    assertThat(creator.get("api/models/" + id).json().getString("title"))
        .isEqualTo("并发编辑验证模型（他人先改）");
    page.signOut();
  }

  @Test
  void shouldWithdrawASubmittedModelWithAReason() {
    var page = browser().signIn("creator");
    long id = ProposalPages.createDraft(page, "撤回页面验证模型");
    ProposalPages.submit(page, id);
    ProposalPages.withdraw(page, id, "数据来源已不具备，暂不推进");
    assertThat(page.text(By.id("stage"))).isEqualTo("已撤回");
    page.signOut();
  }

  @Test
  void shouldShowTheCityLibrary() throws Exception {
    var creator = ApiClient.as(base(), "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("醉驾不起诉行刑衔接监督模型（库）")));
    // Only the library's listing is shown here; the way to ADOPTED is walked in ProposalFlowIT.
    TestDatabase.update("update mg_supervision_model set stage = 'ADOPTED' where id = ?", id);

    var page = browser().signIn("creator").go("library.xhtml");
    page.shows("醉驾不起诉行刑衔接监督模型（库）");
    page.type(By.cssSelector("[id='f:library'] input.ui-column-filter"), "行刑衔接监督模型（库）");
    page.settle();
    waitFor(page, () -> page.all(By.cssSelector("[id='f:library_data'] > tr")).size() == 1);
    assertThat(page.text(By.id("f:library_data"))).contains("已推广");
    page.screenshot("13-library");
    page.signOut();
  }

  private static void rows(Browser page, int count) {
    try {
      waitFor(
          page,
          () -> page.all(By.cssSelector("[id='f:models_data'] > tr[data-ri]")).size() == count);
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        page.screenshot("failed-models-" + count);
      } catch (java.io.IOException ignored) {
        // the timeout is the failure to report
      }
      throw e;
    }
  }

  private static String firstRow(Browser page) {
    return page.text(By.cssSelector("[id='f:models_data'] > tr[data-ri='0']"));
  }

  private static void waitFor(Browser page, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(page.driver(), Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> condition.getAsBoolean());
  }
}
