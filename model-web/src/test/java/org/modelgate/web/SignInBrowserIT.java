package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out, the language switch and a denial, in a real browser. */
class SignInBrowserIT extends BrowserTest {

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
