package org.modelgate.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The proposal pages as steps a user takes: draft a model, attach a file, submit it, withdraw it,
 * screen it, search the model list. Each step starts from the page's own address, so steps chain in
 * any order with whoever is signed in.
 */
public final class ProposalPages {

  /** The supervision point a draft takes unless told otherwise (ED-01, 骗取贷款). */
  public static final long DEFAULT_POINT = 3;

  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

  private ProposalPages() {}

  /** A creator drafts a complete model on {@link #DEFAULT_POINT} and saves it; its id. */
  public static long createDraft(Browser b, String title) {
    return createDraft(b, title, DEFAULT_POINT);
  }

  /** A creator drafts a complete model on the given supervision point and saves it; its id. */
  public static long createDraft(Browser b, String title, long supervisionPointId) {
    b.go("proposal.xhtml");
    fill(b, title, supervisionPointId);
    return save(b);
  }

  /** Fills every field of the open proposal form (the innovation statement too). */
  public static void fill(Browser b, String title, long supervisionPointId) {
    b.type(By.id("f:title"), title);
    choosePoint(b, supervisionPointId);
    b.type(By.id("f:problemStatement"), "贷款资金被挪作他用、虚构交易背景骗取银行承兑汇票，线索分散在金融监管数据中");
    b.type(By.id("f:dataSources"), "人民银行征信数据；法院涉贷款纠纷裁判文书；市场监管企业登记数据");
    b.type(By.id("f:ruleDescription"), "同一实际控制人名下多家企业短期内循环贷款、且涉诉后被认定虚构贸易背景的，列为线索");
    b.type(By.id("f:expectedEffect"), "发现骗取贷款犯罪线索，移送公安机关立案侦查");
    b.type(By.id("f:difficulties"), "金融数据调取需人民银行配合");
    b.type(By.id("f:innovationStatement"), "首次将征信数据与民事裁判文书交叉比对");
  }

  /** Chooses the supervision point in the form's menu. */
  public static void choosePoint(Browser b, long supervisionPointId) {
    b.find(By.id("f:supervisionPointId"));
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "PrimeFaces.getWidgetById('f:supervisionPointId').selectValue(arguments[0]);",
            String.valueOf(supervisionPointId));
  }

  /** Saves the open form; the id of the saved model, read from the address it moved to. */
  public static long save(Browser b) {
    b.click(By.id("f:save"));
    waitUntil(b, "proposal.xhtml?id=");
    b.settle();
    return idInUrl(b);
  }

  /** Attaches a file to the model open in the proposal form and waits until it is listed. */
  public static void attach(Browser b, long id, Path file) {
    openIfElsewhere(b, id);
    b.driver().findElement(By.id("f:file_input")).sendKeys(file.toAbsolutePath().toString());
    b.settle();
    b.shows(file.getFileName().toString());
  }

  /**
   * Submits (or resubmits after revision) the model from its form, confirming; ends on its page.
   */
  public static void submit(Browser b, long id) {
    openIfElsewhere(b, id);
    b.clickAndConfirm(By.id("f:submit"));
    waitUntil(b, "model.xhtml?id=" + id);
    b.settle();
  }

  /** The creator withdraws the model with a reason, confirming; ends on its page. */
  public static void withdraw(Browser b, long id, String reason) {
    b.go("proposal.xhtml?id=" + id);
    b.click(By.id("f:withdraw"));
    b.type(By.id("w:reason"), reason);
    b.clickAndConfirm(By.id("w:confirmWithdraw"));
    waitUntil(b, "model.xhtml?id=" + id);
    b.settle();
  }

  /**
   * Staff with the screening task decide: {@code ACCEPT}, {@code RETURN} or {@code REJECT} (the
   * last two with a reason); ends in the inbox.
   */
  public static void screen(Browser b, long id, String outcome) {
    b.go("screening.xhtml?model=" + id);
    if (!outcome.equals("ACCEPT")) {
      b.type(By.id("f:comment"), "数据来源说明不充分，请补充数据更新频率与调取方式");
    }
    String button =
        switch (outcome) {
          case "ACCEPT" -> "f:accept";
          case "RETURN" -> "f:return";
          case "REJECT" -> "f:reject";
          default -> throw new IllegalArgumentException("no screening outcome " + outcome);
        };
    b.clickAndConfirm(By.id(button));
    waitUntil(b, "index.xhtml");
    b.settle();
  }

  /** Opens the model list and searches it for {@code text} (title or supervision problem). */
  public static void searchModels(Browser b, String text) {
    b.go("models.xhtml");
    b.type(By.id("f:text"), text);
    b.click(By.id("f:search"));
  }

  /**
   * Sets one filter of the model list ({@code stage}, {@code unitId}, {@code businessLine}, {@code
   * supervisionPointId}) to a value (e.g. {@code SCREENING}, or a unit's id) and waits for the
   * list.
   */
  public static void filterModels(Browser b, String filter, String value) {
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectValue(arguments[1]); menu.triggerChange();",
            "f:" + filter,
            value);
    b.settle();
  }

  /** The id of the model whose form or page is open. */
  public static long idInUrl(Browser b) {
    Matcher matcher = ID.matcher(b.driver().getCurrentUrl());
    assertThat(matcher.find()).as(b.driver().getCurrentUrl()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static void openIfElsewhere(Browser b, long id) {
    if (!b.driver().getCurrentUrl().contains("proposal.xhtml?id=" + id)) {
      b.go("proposal.xhtml?id=" + id);
    }
  }

  private static void waitUntil(Browser b, String urlPart) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(60))
        .withMessage(() -> "the page still shows: " + b.pageText())
        .until(ExpectedConditions.urlContains(urlPart));
  }
}
