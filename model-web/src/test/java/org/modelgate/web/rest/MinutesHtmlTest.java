package org.modelgate.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.forum.ForumResponse;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.MinutesResponse;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;

class MinutesHtmlTest {

  /** 01:30 UTC is 09:30 in Shanghai, on the same day. */
  static final Instant FORUM = Instant.parse("2026-03-02T01:30:00Z");

  /** 17:05 UTC is 01:05 the next day in Shanghai. */
  static final Instant RULED = Instant.parse("2026-03-02T17:05:00Z");

  private Locale serverDefault;

  @BeforeEach
  void anEnglishServerInUtc() {
    serverDefault = Locale.getDefault();
    Locale.setDefault(Locale.US);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(serverDefault);
  }

  static MinutesResponse minutes() {
    UserRef leader = new UserRef(1, "leader", "王院长");
    UserRef reviewer = new UserRef(2, "reviewer", "李专家");
    ForumResponse forum =
        new ForumResponse(
            7, "2026年第一次模型论证会", FORUM, "市院三楼会议室", leader, List.of(reviewer), List.of(), false);
    ReviewResponse review =
        new ReviewResponse(
            9, 7, null, 5, 2, 4, 3, "意义<重大>", "效果", "难点", "注意", FORUM.plusSeconds(60));
    ReviewBoardResponse board =
        new ReviewBoardResponse(
            11,
            7L,
            true,
            List.of(review),
            List.of(new CriterionSummary("feasibility", "技术可行性", 2.5, 1, 4, true)),
            true,
            List.of(),
            List.of(new ExclusionResponse(null, ExclusionKind.SAME_UNIT, null)));
    MinutesResponse.Item item =
        new MinutesResponse.Item(
            11,
            "虚假诉讼识别模型",
            "宣州区人民检察院",
            List.of("张三"),
            2,
            board,
            new MinutesResponse.Ruling("CONDITIONAL_GO", "附条件通过", "需补强数据", "王院长", RULED));
    return new MinutesResponse(forum, List.of(item), RULED);
  }

  @Test
  void shouldPrintTheMinutesInEnglishWithOfficeTimes() {
    String html = MinutesHtml.write(minutes(), Locale.ENGLISH);

    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains("Minutes of 2026年第一次模型论证会")
        .contains("2 March 2026, 09:30")
        .contains("Item 1: 虚假诉讼识别模型")
        .contains("Feasibility: average 2.5")
        .contains("(reviewers disagree: 1–4 points)")
        .contains("Reviewer (Excluded: same unit as the creators)")
        .contains("Ruling: Conditional go")
        .contains("(王院长, 3 March 2026, 01:05)")
        .contains(". Reason: 需补强数据")
        .contains("Reviewer 1")
        .contains("意义&lt;重大&gt;")
        .contains("China Standard Time");
    String withoutUserText =
        html.replaceAll(
            "2026年第一次模型论证会|市院三楼会议室|王院长|李专家|意义|重大|效果|难点|注意|虚假诉讼识别模型|宣州区人民检察院|张三|需补强数据", "");
    assertThat(withoutUserText)
        .doesNotContainPattern("[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]");
  }

  @Test
  void shouldPrintTheMinutesInChineseAsAnOfficialRecord() {
    String html = MinutesHtml.write(minutes(), Locale.SIMPLIFIED_CHINESE);

    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("会议纪要")
        .contains("2026年3月2日 09:30")
        .contains("议题1：虚假诉讼识别模型")
        .contains("技术可行性 平均 2.5 分")
        .contains("（意见分歧：1–4 分）")
        .contains("评审专家（与建模人同一单位，自动回避）")
        .contains("裁决：附条件通过")
        .contains("（王院长，2026年3月3日 01:05）")
        .contains("北京时间")
        .doesNotContain("Minutes");
  }
}
