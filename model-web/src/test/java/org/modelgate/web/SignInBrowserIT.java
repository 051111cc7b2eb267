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

/** Signing in and out, the language switch and a denial, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

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
  void shouldSignInToTheInboxSwitchLanguageAndSignOut() throws Exception {
    var page = browser().go("");
    assertThat(page.driver().getCurrentUrl()).endsWith("/login.xhtml");
    page.screenshot("01-sign-in");

    page.signIn("creator");
    assertThat(page.text(By.tagName("h1"))).isEqualTo("待办事项");
    assertThat(page.text(By.id("session"))).contains("张明");
    page.screenshot("02-inbox");

    page.click(By.id("session:en"));
    assertThat(page.text(By.tagName("h1"))).isEqualTo("My tasks");
    assertThat(page.text(By.id("nav"))).contains("Models").contains("New model");
    page.click(By.id("session:zh"));
    assertThat(page.text(By.tagName("h1"))).isEqualTo("待办事项");

    page.signOut();
    assertThat(page.pageText()).contains("您已安全退出");
    page.go("index.xhtml");
    assertThat(page.driver().getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void shouldRefuseAWrongPasswordWithAMessage() {
    var page = browser().go("login.xhtml");
    page.type(By.id("username"), "creator").type(By.id("password"), "wrong");
    page.driver().findElement(By.id("signIn")).click();
    assertThat(page.text(By.id("failed"))).contains("用户名或密码错误");
  }

  @Test
  void shouldShowOnlyTheMenusTheRoleMayUse() {
    var page = browser().signIn("reviewer");
    assertThat(page.all(By.id("navNew"))).isEmpty();
    assertThat(page.all(By.id("navAdmin"))).isEmpty();
    assertThat(page.all(By.id("navForums"))).hasSize(1);
    page.signOut();
    page.signIn("admin");
    assertThat(page.all(By.id("navAdmin"))).hasSize(1);
    page.signOut();
  }
}
