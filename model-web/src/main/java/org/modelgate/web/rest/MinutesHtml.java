package org.modelgate.web.rest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.MinutesResponse;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;

/**
 * Prints the minutes of a forum (论证会纪要) as a standalone HTML page. The services decide what the
 * caller may read; this only lays it out. Every value from users is escaped; times are printed in
 * the office's time zone, whatever the server's.
 */
final class MinutesHtml {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(OfficeTime.ZONE);

  private MinutesHtml() {}

  static String write(MinutesResponse minutes) {
    var forum = minutes.forum();
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(forum.title()))
        .append(" 纪要</title><style>")
        .append(
            "body{font-family:'SimSun','Songti SC',serif;max-width:900px;margin:24px auto;line-height:1.6}")
        .append(
            "h1{text-align:center;font-size:22px}h2{font-size:18px;border-bottom:1px solid #333}")
        .append(
            "table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #555;padding:4px 6px;")
        .append("vertical-align:top;font-size:14px}.flag{color:#a4262c;font-weight:bold}")
        .append("@media print{body{margin:0}}</style></head><body>");
    html.append("<h1>").append(escape(forum.title())).append(" 纪要</h1>");
    html.append("<p>时间：")
        .append(WHEN.format(forum.scheduledAt()))
        .append("<br>地点：")
        .append(escape(forum.place()))
        .append("<br>主持人：")
        .append(escape(forum.presidingLeader().displayName()))
        .append("<br>受邀评审专家：")
        .append(
            forum.reviewers().stream()
                .map(UserRef::displayName)
                .sorted()
                .map(MinutesHtml::escape)
                .collect(Collectors.joining("、")))
        .append("</p>");
    int number = 1;
    for (MinutesResponse.Item item : minutes.items()) {
      writeItem(html, item, number++);
    }
    if (minutes.items().isEmpty()) {
      html.append("<p>本次论证会无议程。</p>");
    }
    html.append("<p style=\"text-align:right\">打印时间：")
        .append(WHEN.format(minutes.printedAt()))
        .append("</p>");
    return html.append("</body></html>").toString();
  }

  private static void writeItem(StringBuilder html, MinutesResponse.Item item, int number) {
    html.append("<h2>议题").append(number).append("：").append(escape(item.title())).append("</h2>");
    html.append("<p>建模单位：")
        .append(escape(item.owningUnitName()))
        .append("；建模人：")
        .append(
            item.creatorNames().stream().map(MinutesHtml::escape).collect(Collectors.joining("、")))
        .append("；模型版本：V")
        .append(item.version())
        .append("</p>");
    ReviewBoardResponse board = item.reviews();
    if (!board.othersVisible()) {
      html.append("<p>评审意见暂不向您公开。</p>");
    } else if (board.reviews().isEmpty()) {
      html.append("<p>未收到评审意见。</p>");
    } else {
      writeReviews(html, board.reviews());
      html.append("<p>");
      for (CriterionSummary criterion : board.criteria()) {
        html.append(criterion.label()).append(" 平均 ").append(criterion.average());
        if (criterion.disagreement()) {
          html.append(" <span class=\"flag\">（意见分歧：")
              .append(criterion.min())
              .append("–")
              .append(criterion.max())
              .append(" 分）</span>");
        }
        html.append("；");
      }
      html.append("</p>");
    }
    if (board.othersVisible() && !board.exclusions().isEmpty()) {
      html.append("<p>回避情况：");
      for (ExclusionResponse exclusion : board.exclusions()) {
        html.append(
                exclusion.reviewer() == null ? "评审专家" : escape(exclusion.reviewer().displayName()))
            .append("（")
            .append(
                escape(exclusion.reason() == null ? exclusion.kind().label() : exclusion.reason()))
            .append("）；");
      }
      html.append("</p>");
    }
    MinutesResponse.Ruling ruling = item.ruling();
    if (ruling == null) {
      html.append("<p>尚未裁决。</p>");
    } else {
      html.append("<p><strong>裁决：")
          .append(escape(ruling.outcomeLabel()))
          .append("</strong>（")
          .append(escape(ruling.decidedBy()))
          .append("，")
          .append(WHEN.format(ruling.decidedAt()))
          .append("）")
          .append(ruling.reason() == null ? "" : "。理由：" + escape(ruling.reason()))
          .append("</p>");
    }
  }

  private static void writeReviews(StringBuilder html, List<ReviewResponse> reviews) {
    html.append("<table><tr><th>评审专家</th><th>必要性</th><th>可行性</th><th>准确性</th><th>推广价值</th>")
        .append("<th>实践意义</th><th>预期效果</th><th>难点</th><th>需注意的问题</th></tr>");
    int anonymous = 1;
    for (ReviewResponse review : reviews) {
      html.append("<tr><td>")
          .append(
              review.reviewer() == null
                  ? "评审专家 " + anonymous++
                  : escape(review.reviewer().displayName()))
          .append("</td><td>")
          .append(review.necessity())
          .append("</td><td>")
          .append(review.feasibility())
          .append("</td><td>")
          .append(review.clueAccuracy())
          .append("</td><td>")
          .append(review.promotionValue())
          .append("</td><td>")
          .append(escape(review.practicalSignificance()))
          .append("</td><td>")
          .append(escape(review.expectedEffect()))
          .append("</td><td>")
          .append(escape(review.difficulties()))
          .append("</td><td>")
          .append(escape(review.attentionPoints()))
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
