package org.modelgate.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, signed in as one user at a time. Waits for what a user
 * would wait for (an element, the end of an AJAX request), never a fixed time; screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private URI base;
  private final WebDriverWait wait;

  private Browser(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Starts Chromium with the options that work on a machine without network or display. */
  public static Browser open(URI base) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1440,960",
        "--lang=zh-CN",
        "--accept-lang=zh-CN,zh");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
            .build();
    return new Browser(new ChromeDriver(service, options), base);
  }

  /**
   * The same browser, now pointed at {@code base} (Arquillian tells the port per test), without the
   * session of an earlier test.
   */
  public static Browser reuse(Browser browser, URI base) {
    browser.base = base;
    browser.go("login.xhtml");
    browser.driver.manage().deleteAllCookies();
    return browser;
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser go(String path) {
    driver.get(base.resolve(path).toString());
    return this;
  }

  public Browser signIn(String username) {
    go("login.xhtml");
    type(By.id("username"), username);
    type(By.id("password"), "modelgate-demo");
    driver.findElement(By.id("signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
    return this;
  }

  public Browser signOut() {
    driver.findElement(By.id("session:signOut")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn")));
    return this;
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public Browser type(By by, String text) {
    WebElement input = find(by);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Clicks and, if the click started an AJAX request, waits until it has been answered. */
  public Browser click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    settle();
    return this;
  }

  /** Clicks a button guarded by the confirmation dialog, then confirms. */
  public Browser clickAndConfirm(By by) {
    click(by);
    // The global confirmation dialog binds its Yes button to the clicked source when it opens:
    // wait until it is open and still, then until it has closed again.
    wait.until(d -> confirmDialog("open"));
    click(By.id("confirmYes"));
    wait.until(d -> confirmDialog("closed"));
    settle();
    return this;
  }

  /** Whether a confirmation dialog is showing. */
  public boolean confirmationOpen() {
    return !confirmDialog("closed");
  }

  /** Whether the confirmation dialog is open and not moving, or closed. */
  private boolean confirmDialog(String state) {
    try {
      return (Boolean)
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var open = Array.from(document.querySelectorAll('.ui-confirm-dialog'))"
                      + ".filter(function (e) { return e.getClientRects().length > 0; });"
                      + " if (arguments[0] === 'closed') { return open.length === 0; }"
                      + " return open.length === 1 && getComputedStyle(open[0]).opacity === '1'"
                      + " && !(window.jQuery && jQuery(open[0]).is(':animated'));",
                  state);
    } catch (WebDriverException pageChanging) {
      return false;
    }
  }

  /** Waits until the page is loaded and no PrimeFaces AJAX request is outstanding. */
  public Browser settle() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces ||"
                            + " !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    return this;
  }

  /** The text of the visible element, read again if an AJAX update replaced it meanwhile. */
  public String text(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> find(by).getText());
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page shows {@code text} anywhere. */
  public Browser shows(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) throws IOException {
    settle();
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(file)).isPositive();
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
