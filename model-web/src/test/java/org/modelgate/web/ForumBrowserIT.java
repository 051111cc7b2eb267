package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.modelgate.web.browser.ForumPages;
import org.openqa.selenium.By;

/**
 * A forum through the pages: staff schedule it and put a model on the agenda, two reviewers score
 * it (the second sees the first's review only after submitting), the presiding leader sees the
 * disagreement and rules at once (the forum is today); a ruling someone else made first is refused
 * clearly.
 */
class ForumBrowserIT extends BrowserTest {

  /** A model accepted at screening, awaiting a forum, set up through the REST API. */
  private long awaitingForum(URI base, String title) {
    var creator = ApiClient.as(base, "creator");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft(title)));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    var accepted =
        ApiClient.as(base, "staff")
            .post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    return id;
  }

  @Test
  void shouldScheduleReviewAndRuleOnAModelThroughThePages() throws Exception {
    URI base = base();
    long id = awaitingForum(base, "虚假诉讼智能识别模型");
    long other = awaitingForum(base, "民事执行终本案件监督模型");
    long removed = awaitingForum(base, "刑事立案监督线索发现模型");
    long leader = ProposalFlowIT.userId("leader");
    long reviewer = ProposalFlowIT.userId("reviewer");
    long guest = ProposalFlowIT.userId("guest-reviewer");

    // staff schedule a forum: inline validation first, then the forum
    var page = browser().signIn("staff").go("forums.xhtml");
    page.click(By.id("newForum")).click(By.id("f:create"));
    assertThat(page.text(By.cssSelector("[id='f:title'] + .ui-message-error, .ui-message-error")))
        .isNotBlank();
    assertThat(page.all(By.cssSelector(".ui-message-error")).size()).isGreaterThanOrEqualTo(4);
    long forumId =
        ForumPages.createForum(page, "2026年第四季度模型论证会", "市院三楼会议室", leader, reviewer, guest);
    assertThat(page.text(By.id("presiding"))).startsWith("陈刚");
    ForumPages.addToAgenda(page, forumId, id);
    ForumPages.addToAgenda(page, forumId, other);
    ForumPages.addToAgenda(page, forumId, removed);
    ForumPages.removeFromAgenda(page, forumId, removed);
    assertThat(ApiClient.as(base, "staff").get("api/models/" + removed).json().getString("stage"))
        .isEqualTo("AWAITING_FORUM");
    page.shows("已提交 0 份，待提交 2 份");
    page.screenshot("21-forum");
    page.go("forums.xhtml").shows("2026年第四季度模型论证会");
    page.screenshot("20-forums");
    page.signOut();

    // the guest reviewer scores low and sees only their own forums; no agenda management
    page.signIn("guest-reviewer").go("forums.xhtml").shows("2026年第四季度模型论证会");
    assertThat(page.all(By.id("newForum"))).isEmpty();
    page.go("forum.xhtml?id=" + forumId);
    assertThat(page.all(By.id("add:modelId"))).isEmpty();
    assertThat(page.all(By.cssSelector("[id$=':remove']"))).isEmpty();
    ForumPages.review(page, id, 2);
    page.signOut();

    // the reviewer sees nobody else's review until theirs is in
    page.signIn("reviewer").go("review.xhtml?model=" + id);
    page.find(By.id("othersHidden"));
    assertThat(page.pageText()).doesNotContain("注意保护当事人个人信息");
    page.click(
        By.xpath(
            "//*[@id='f:necessity']//div[contains(@class,'ui-button')][.//input[@value='5']]"));
    page.screenshot("22-review");
    ForumPages.review(page, id, 5);
    page.shows("注意保护当事人个人信息");
    assertThat(page.all(By.id("othersHidden"))).isEmpty();
    assertThat(page.all(By.id("disagreement"))).hasSize(1);

    // and abstains from the other model, which the board then shows with the reason
    ForumPages.abstain(page, other, "本人曾参与该模型数据接口开发");
    page.shows("本人曾参与该模型数据接口开发");
    page.signOut();

    // the presiding leader sees the disagreement beside the form; a reason is required but for GO
    page.signIn("leader").go("ruling.xhtml?model=" + id);
    page.find(By.id("disagreement"));
    assertThat(page.all(By.cssSelector("#evidence tr.mg-row-flag"))).hasSize(1);
    ForumPages.chooseOutcome(page, "CONDITIONAL_GO");
    page.find(By.cssSelector("input[id$=':text']"));
    page.screenshot("23-ruling");
    // a recycle without a reason is refused before any "are you sure?"
    ForumPages.chooseOutcome(page, "RECYCLE");
    page.click(By.id("f:rule"));
    page.find(By.cssSelector("[id='f:reason'] ~ .ui-message-error, .ui-message-error"));
    assertThat(page.confirmationOpen()).isFalse();
    ForumPages.rule(page, id, "GO");
    assertThat(page.text(By.id("stage"))).isEqualTo("待制定试点方案");

    // someone else rules first: the page says so instead of failing
    assertThat(
            ApiClient.as(base, "guest-reviewer")
                .post("api/models/" + other + "/reviews", ProposalFlowIT.review(4))
                .status())
        .isEqualTo(201);
    page.go("ruling.xhtml?model=" + other);
    ForumPages.chooseOutcome(page, "GO");
    var first =
        ApiClient.as(base, "leader")
            .post(
                "api/models/" + other + "/ruling", "{\"outcome\":\"KILL\",\"reason\":\"数据来源不具备\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    page.click(By.id("f:rule"));
    assertThat(page.confirmationOpen()).isFalse();
    assertThat(page.text(By.id("messages"))).contains("刷新页面");
    assertThat(page.all(By.id("ruled"))).isEmpty();
    page.go("index.xhtml").signOut();

    // a creator sees the forum with their own models on its agenda, but manages nothing there
    page.signIn("creator").go("forums.xhtml").shows("2026年第四季度模型论证会");
    assertThat(page.all(By.id("newForum"))).isEmpty();
    page.go("forum.xhtml?id=" + forumId);
    page.find(By.id("item-" + id));
    assertThat(page.all(By.id("add:modelId"))).isEmpty();
    assertThat(page.all(By.cssSelector("[id$=':remove']"))).isEmpty();
    assertThat(page.all(By.cssSelector("[id$=':openRuling']"))).isEmpty();
    page.go("index.xhtml").signOut();
  }
}
