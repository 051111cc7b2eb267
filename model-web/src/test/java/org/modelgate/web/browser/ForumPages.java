package org.modelgate.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The forum pages' steps, to chain into a walk: schedule a forum, put a model on its agenda, review
 * a model, rule on it. Each step expects the right user to be signed in (staff, a reviewer of the
 * forum, its presiding leader) and waits until the page has answered.
 */
public final class ForumPages {

  /** The office's time zone: a forum's day, and when it may be ruled on, is counted there. */
  private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ForumPages() {}

  /**
   * As digital-office staff: schedules a forum for now (today in Asia/Shanghai, so that the ruling
   * is possible right away) with the presiding leader and the reviewers given by their user ids,
   * and answers its id (the page opens the new forum).
   */
  public static long createForum(
      Browser b, String title, String place, long presidingLeaderId, long... reviewerIds) {
    b.go("forums.xhtml").click(By.id("newForum"));
    b.type(By.id("f:title"), title).type(By.id("f:place"), place);
    selectValue(b, "f:presidingLeaderId", presidingLeaderId);
    for (long reviewerId : reviewerIds) {
      b.click(
          By.xpath(
              "//input[@name='f:reviewerIds' and @value='"
                  + reviewerId
                  + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"));
    }
    b.type(
        By.id("f:scheduledAt_input"),
        LocalDateTime.now(OFFICE).truncatedTo(ChronoUnit.MINUTES).format(WHEN));
    b.find(By.id("f:scheduledAt_input")).sendKeys(Keys.ESCAPE);
    b.click(By.id("createDialog_title"));
    b.click(By.id("f:create"));
    b.find(By.id("details"));
    String url = b.driver().getCurrentUrl();
    assertThat(url).contains("forum.xhtml?id=");
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /** As digital-office staff: puts a model awaiting a forum on the forum's agenda. */
  public static void addToAgenda(Browser b, long forumId, long modelId) {
    b.go("forum.xhtml?id=" + forumId);
    selectValue(b, "add:modelId", modelId);
    b.click(By.id("add:addToAgenda"));
    b.find(By.id("item-" + modelId));
  }

  /** As digital-office staff, before the forum date: takes a model off the agenda, confirming. */
  public static void removeFromAgenda(Browser b, long forumId, long modelId) {
    b.go("forum.xhtml?id=" + forumId);
    b.clickAndConfirm(By.cssSelector("#item-" + modelId + " [id$=':remove']"));
    b.find(By.cssSelector("#messages .ui-messages-info"));
    assertThat(b.all(By.id("item-" + modelId))).isEmpty();
  }

  /** As an invited reviewer: abstains from reviewing the model for a conflict of interest. */
  public static void abstain(Browser b, long modelId, String reason) {
    b.go("review.xhtml?model=" + modelId);
    b.click(By.id("f:abstain"));
    b.type(By.id("a:reason"), reason);
    b.clickAndConfirm(By.id("a:confirmAbstain"));
    b.find(By.id("f:notOpen"));
  }

  /**
   * As an invited reviewer: scores the model ({@code score} for necessity, 4 for the other three
   * criteria), fills in the four comments and submits after confirming.
   */
  public static void review(Browser b, long modelId, int score) {
    b.go("review.xhtml?model=" + modelId);
    score(b, "necessity", score);
    score(b, "feasibility", 4);
    score(b, "clueAccuracy", 4);
    score(b, "promotionValue", 4);
    b.type(By.id("f:practicalSignificance"), "契合民事检察监督重点，有现实需求");
    b.type(By.id("f:expectedEffect"), "每年可发现虚假诉讼线索数十条");
    b.type(By.id("f:difficulties"), "需打通法院执行数据");
    b.type(By.id("f:attentionPoints"), "注意保护当事人个人信息");
    b.clickAndConfirm(By.id("f:submitReview"));
    b.find(By.id("f:notOpen"));
  }

  /**
   * As the presiding leader: rules on the model with {@code outcome} (GO, CONDITIONAL_GO, RECYCLE,
   * HOLD, KILL), with a reason unless GO and one condition for CONDITIONAL_GO, after confirming.
   */
  public static void rule(Browser b, long modelId, String outcome) {
    b.go("ruling.xhtml?model=" + modelId);
    chooseOutcome(b, outcome);
    if (!outcome.equals("GO")) {
      b.type(By.id("f:reason"), "专家意见存在分歧，按论证意见处理");
    }
    if (outcome.equals("CONDITIONAL_GO")) {
      b.type(By.cssSelector("input[id$=':text']"), "接入法院执行数据");
      String owner =
          b.find(By.cssSelector("select[id$=':ownerId_input'] option:nth-child(2)"))
              .getAttribute("value");
      String id = b.find(By.cssSelector("select[id$=':ownerId_input']")).getAttribute("id");
      selectValue(b, id.substring(0, id.length() - "_input".length()), Long.parseLong(owner));
    }
    b.clickAndConfirm(By.id("f:rule"));
    b.find(By.id("ruled"));
  }

  /** Picks the outcome's radio button on the ruling form. */
  public static void chooseOutcome(Browser b, String outcome) {
    b.click(
        By.xpath(
            "//input[@name='f:outcome' and @value='"
                + outcome
                + "']/ancestor::div[contains(@class,'ui-radiobutton')][1]/div[contains(@class,'ui-radiobutton-box')]"));
  }

  private static void score(Browser b, String criterion, int score) {
    b.click(
        By.xpath(
            "//*[@id='f:"
                + criterion
                + "']//div[contains(@class,'ui-button')][.//input[@value='"
                + score
                + "']]"));
  }

  /** Chooses an option of a PrimeFaces selectOneMenu by its value, as a click on it would. */
  private static void selectValue(Browser b, String clientId, long value) {
    b.find(By.id(clientId));
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
            clientId,
            String.valueOf(value));
    b.settle();
  }
}
