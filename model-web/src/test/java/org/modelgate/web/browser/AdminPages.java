package org.modelgate.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The steps of the dashboard and the administration pages, as a user takes them: open a page, fill
 * a dialog, read what it answered. Chain them with {@link Browser}'s own steps.
 */
public final class AdminPages {

  private final Browser browser;

  public AdminPages(Browser browser) {
    this.browser = browser;
  }

  public Browser browser() {
    return browser;
  }

  /** Signs in with a password other than the demo one, e.g. one an administrator generated. */
  public AdminPages signIn(String username, String password) {
    browser.go("login.xhtml");
    browser.type(By.id("username"), username).type(By.id("password"), password);
    browser.driver().findElement(By.id("signIn")).click();
    browser.find(By.id("session:signOut"));
    return this;
  }

  public AdminPages openDashboard() {
    browser.go("dashboard.xhtml");
    browser.find(By.id("kpis"));
    return this;
  }

  /** The charts the dashboard drew: the ids of the chart components whose canvas is present. */
  public List<String> renderedCharts() {
    browser.find(By.cssSelector("#pipelineChart canvas"));
    return browser.all(By.cssSelector(".ui-chart")).stream()
        .filter(chart -> !chart.findElements(By.tagName("canvas")).isEmpty())
        .map(chart -> chart.getAttribute("id"))
        .toList();
  }

  public AdminPages openUsers() {
    browser.go("admin/users.xhtml");
    return this;
  }

  public AdminPages openUnits() {
    browser.go("admin/units.xhtml");
    return this;
  }

  /** Creates a unit below {@code parentName} through the unit dialog. */
  public AdminPages createUnit(String code, String name, String nameEn, String parentName) {
    browser.click(By.id("list:newUnit"));
    browser.find(By.id("f:code"));
    browser.type(By.id("f:code"), code).type(By.id("f:name"), name).type(By.id("f:nameEn"), nameEn);
    selectOne("f:parentId", parentName);
    browser.click(By.id("f:save"));
    browser.shows(name);
    return this;
  }

  /**
   * Creates a user with the roles labelled {@code roleLabels} (as the page shows them) and no
   * password, so the system generates one; answers that password, shown once, and closes its
   * dialog.
   */
  public String createUser(
      String username, String displayName, String unitName, String... roleLabels) {
    String password = fillNewUser(username, displayName, unitName, roleLabels).saveNewUser();
    closePasswordDialog();
    return password;
  }

  /** Opens the dialog for a new user and fills it in, without saving. */
  public AdminPages fillNewUser(
      String username, String displayName, String unitName, String... roleLabels) {
    browser.click(By.id("list:newUser"));
    browser.find(By.id("f:username"));
    browser.type(By.id("f:username"), username).type(By.id("f:displayName"), displayName);
    selectOne("f:unitId", unitName);
    for (String role : roleLabels) {
      browser.click(By.xpath("//*[@id='f:roles']//label[normalize-space()='" + role + "']"));
    }
    return this;
  }

  /** Saves the dialog expecting a refusal; answers the message shown next to {@code field}. */
  public String saveUserRefused(String field) {
    browser.click(By.id("f:save"));
    return browser.text(
        By.xpath("//*[@id='f:" + field + "']/following-sibling::*[contains(@class,'ui-message')]"));
  }

  /** Changes the username in the open dialog. */
  public AdminPages retypeUsername(String username) {
    browser.type(By.id("f:username"), username);
    return this;
  }

  /** Saves the new user; answers the generated password, shown once in a dialog left open. */
  public String saveNewUser() {
    browser.click(By.id("f:save"));
    String password = browser.text(By.id("credential:generatedPassword"));
    assertThat(password).hasSize(20);
    return password;
  }

  /** Closes the dialog that shows a generated password; it is not shown again. */
  public AdminPages closePasswordDialog() {
    browser.click(By.id("credential:credentialDone"));
    return this;
  }

  /** A screenshot of the whole page, not only the window: the window grows for it, then shrinks. */
  public Path screenshotWholePage(String name) throws IOException {
    browser.settle();
    var window = browser.driver().manage().window();
    Dimension before = window.getSize();
    long height =
        ((Number)
                ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight;"))
            .longValue();
    window.setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 4000)));
    try {
      return browser.screenshot(name);
    } finally {
      window.setSize(before);
    }
  }

  /** Searches the user list. */
  public AdminPages searchUsers(String text) {
    browser.type(By.id("list:q"), text).click(By.id("list:search"));
    return this;
  }

  /** Renames the first user listed through the user dialog. */
  public AdminPages renameFirstListedUser(String displayName) {
    browser.click(By.id("list:users:0:edit"));
    browser.find(By.id("f:displayName"));
    browser.type(By.id("f:displayName"), displayName).click(By.id("f:save"));
    browser.shows(displayName);
    return this;
  }

  /** Disables the first user listed, confirming the question. */
  public AdminPages disableFirstListedUser() {
    browser.clickAndConfirm(By.id("list:users:0:disable"));
    return this;
  }

  /** The text of the list of users. */
  public String userList() {
    return browser.text(By.id("list:users"));
  }

  /**
   * Chooses the option labelled {@code label} in a PrimeFaces select menu, through the widget as a
   * click would (its panel renders its items only when opened, at a place that depends on scroll).
   */
  private void selectOne(String menuId, String label) {
    browser.find(By.id(menuId));
    Object chosen =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var option = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(o => o.text === arguments[1]);"
                    + "if (!option) { return false; }"
                    + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);"
                    + "return true;",
                menuId,
                label);
    assertThat(chosen).as("option %s of %s", label, menuId).isEqualTo(Boolean.TRUE);
    browser.settle();
  }
}
