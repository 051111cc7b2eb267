package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelgate.web.browser.Browser;
import org.openqa.selenium.By;

/** One model through the pages, as the users who move it, and what others may not see. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource URL url;

  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(URI.create("http://localhost/"));
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  private Browser browser() {
    return Browser.reuse(browser, URI.create(url.toString()));
  }

  @Test
  void shouldShowTheModelPageWithItsPlaceOnTheDiagramAndRefuseOtherUnits() throws Exception {
    URI base = URI.create(url.toString());
    var creator = ApiClient.as(base, "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft("醉驾不起诉行政处罚衔接监督模型")));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);

    var page = browser().signIn("creator").go("model.xhtml?id=" + id);
    assertThat(page.text(By.id("stage"))).isEqualTo("初审中");
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

    page.signIn("staff-langxi").go("model.xhtml?id=" + id);
    assertThat(page.text(By.tagName("h1"))).isEqualTo("无权访问");
    page.screenshot("07-access-denied");
    page.go("index.xhtml").signOut();
  }
}
