package org.modelgate.web.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pilot and adoption pages as steps a user takes: plan the pilot, import clues, work a clue,
 * end the pilot early, decide on it, report a unit's adoption. Each step opens its page itself, so
 * steps chain into one walk through a model's life; the browser must be signed in as the user who
 * may take the step.
 */
public final class PilotPages {

  private PilotPages() {}

  /** Closes every open condition of the model's conditional go that the signed-in user owns. */
  public static void closeConditions(Browser b, long modelId) {
    b.go("pilot-plan.xhtml?model=" + modelId);
    List<WebElement> buttons = b.all(By.cssSelector("button[id$=':close']"));
    while (!buttons.isEmpty()) {
      b.clickAndConfirm(By.id(buttons.get(0).getAttribute("id")));
      b.shows("已落实");
      buttons = b.all(By.cssSelector("button[id$=':close']"));
    }
  }

  /**
   * Fills the pilot plan as the digital office's staff: the units by code (e.g. {@code XZ}), the
   * window from today to {@code end}, the default targets; submits and confirms. Ends on the clue
   * page the plan leads to.
   */
  public static void planPilot(Browser b, long modelId, LocalDate end, String... unitCodes) {
    fillPlan(b, modelId, end, unitCodes);
    submitPlan(b);
  }

  /** Submits the filled plan form and confirms; ends on the clue page. */
  public static void submitPlan(Browser b) {
    b.clickAndConfirm(By.id("f:submit"));
    waitForUrl(b, "clues.xhtml");
    b.settle();
  }

  /** Opens the plan form and fills it, without submitting. */
  public static void fillPlan(Browser b, long modelId, LocalDate end, String... unitCodes) {
    b.go("pilot-plan.xhtml?model=" + modelId);
    setDate(b, "endDate", end);
    for (String code : unitCodes) {
      b.click(
          By.xpath(
              "//tbody[@id='f:units_data']/tr[td[contains(.,'("
                  + code
                  + ")')]]"
                  + "//div[contains(@class,'ui-chkbox-box')]"));
    }
  }

  /**
   * Gives a pilot unit's baseline (clues and cases of the previous equal period) on the open form.
   */
  public static void setBaseline(Browser b, String unitCode, int clues, int cases) {
    String row = "//tbody[@id='f:units_data']/tr[td[contains(.,'(" + unitCode + ")')]]";
    b.type(By.xpath(row + "//input[contains(@id,'baselineClues_input')]"), String.valueOf(clues));
    b.type(By.xpath(row + "//input[contains(@id,'baselineCases_input')]"), String.valueOf(cases));
  }

  /**
   * Uploads a CSV hit list on the model's clue page and waits for the answer; returns the text of
   * the result (the count imported, or the refusal with its row table).
   */
  public static String importClues(Browser b, long modelId, Path csv) {
    b.go("clues.xhtml?model=" + modelId);
    return upload(b, csv);
  }

  /** Uploads on the clue page already open. */
  public static String upload(Browser b, Path csv) {
    WebElement input = b.driver().findElement(By.id("importForm:csv_input"));
    String before = b.driver().findElement(By.id("importForm:importResult")).getText();
    input.sendKeys(csv.toAbsolutePath().toString());
    // The result panel is replaced by the upload's AJAX answer: read it again if it went stale.
    new WebDriverWait(b.driver(), Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              String now = d.findElement(By.id("importForm:importResult")).getText();
              return !now.isBlank() && !now.equals(before);
            });
    b.settle();
    return b.text(By.id("importForm:importResult"));
  }

  /**
   * Moves the clue with that number one step on the open clue page: {@code status} is the
   * ClueStatus name; {@code detail} what the step needs: the InvalidReason name for {@code
   * VERIFIED_INVALID}, the case reference for {@code CASE_FORMED}, the DocumentType name for {@code
   * DOCUMENT_ISSUED}, the amount recovered for {@code ADOPTED} (or null).
   */
  public static void moveClue(Browser b, String externalRef, String status, String detail) {
    openStep(b, externalRef, status, detail);
    b.click(By.id("f:saveStep"));
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("f:stepDialog")));
  }

  /** Opens a clue's step dialog and fills it, without saving. */
  public static void openStep(Browser b, String externalRef, String status, String detail) {
    b.click(
        By.xpath(
            "//tbody[@id='f:clueTable_data']/tr[td[1][normalize-space()='"
                + externalRef
                + "']]//button[contains(@id,':step')]"));
    b.find(By.id("f:stepDialog"));
    clickRadio(b, "f:stepDialog", status);
    if (detail != null) {
      switch (status) {
        case "VERIFIED_INVALID" -> clickRadio(b, "f:invalidReason", detail);
        case "CASE_FORMED" -> b.type(By.id("f:caseReference"), detail);
        case "DOCUMENT_ISSUED" -> clickRadio(b, "f:documentType", detail);
        case "ADOPTED" -> b.type(By.id("f:recoveredAmount_input"), detail);
        default -> throw new IllegalArgumentException("no detail for " + status);
      }
    }
  }

  /**
   * A leader ends the running pilot early with a reason, confirming: found from the model page's
   * 提前结束试点 link, which shows while END_PILOT is allowed.
   */
  public static void endPilotEarly(Browser b, long modelId, String reason) {
    b.go("model.xhtml?id=" + modelId);
    b.click(By.id("endPilot"));
    b.find(By.id("end:endReason"));
    b.type(By.id("end:endReason"), reason);
    b.clickAndConfirm(By.id("end:endEarly"));
    b.find(By.id("f:decide"));
  }

  /**
   * A leader takes the pilot decision ({@code ADOPT}, {@code EXTEND}, {@code RECYCLE}, {@code
   * HOLD}) with a reason (needed when departing from the recommendation), confirming.
   */
  public static void decidePilot(Browser b, long modelId, String outcome, String reason) {
    b.go("pilot-decision.xhtml?model=" + modelId);
    clickRadio(b, "f", outcome);
    if (reason != null) {
      b.type(By.id("f:reason"), reason);
    }
    b.clickAndConfirm(By.id("f:decide"));
    b.find(By.id("decided"));
  }

  /**
   * A unit's staff report their unit's adoption steps in order (AdoptionStatus names, e.g. {@code
   * DATA_READY}, {@code RUNNING}) on the model's adoption page.
   */
  public static void confirmAdoption(Browser b, long modelId, String unitName, String... statuses) {
    b.go("adoption.xhtml?model=" + modelId);
    for (String status : statuses) {
      b.click(
          By.xpath(
              "//tbody[@id='f:cells_data']/tr[td[1][normalize-space()='"
                  + unitName
                  + "']]//button[contains(@id,':report')]"));
      b.find(By.id("f:reportDialog"));
      clickRadio(b, "f:reportDialog", status);
      b.click(By.id("f:saveReport"));
      new WebDriverWait(b.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("f:reportDialog")));
    }
  }

  /** A unit's staff send feedback on the model from its adoption page. */
  public static void sendAdoptionFeedback(Browser b, long modelId, String text) {
    b.go("adoption.xhtml?model=" + modelId);
    b.type(By.id("f:body"), text);
    b.click(By.id("f:sendFeedback"));
    b.shows(text);
  }

  // Widgets

  /** Clicks the radio button with that value inside the element with id {@code within}. */
  public static void clickRadio(Browser b, String within, String value) {
    b.click(
        By.xpath(
            "//*[@id='"
                + within
                + "']//input[@type='radio' and @value='"
                + value
                + "']/ancestor::div[contains(@class,'ui-radiobutton')][1]"
                + "/div[contains(@class,'ui-radiobutton-box')]"));
  }

  /** Chooses an option of a PrimeFaces select menu by its label. */
  public static void selectOne(Browser b, String id, String label) {
    b.click(By.id(id));
    b.click(By.xpath("//ul[@id='" + id + "_items']/li[@data-label='" + label + "']"));
  }

  /** Sets the date of the PrimeFaces date picker with that widget name, as choosing it would. */
  public static void setDate(Browser b, String widgetVar, LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) b.driver())
        .executeScript(
            "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
            widgetVar,
            date.getYear(),
            date.getMonthValue(),
            date.getDayOfMonth());
  }

  private static void waitForUrl(Browser b, String part) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(part));
  }
}
