package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.workflow.decision.Decision;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.proposal.SupervisionModel;
import org.modelgate.workflow.review.Review;
import org.modelgate.workflow.review.Scorecards;

/**
 * The minutes of a forum (论证会纪要) as a printable HTML page: attendees, and for each model on the
 * agenda its reviews, the exclusions and abstentions, and the ruling. Every value from users is
 * HTML-escaped.
 */
@ApplicationScoped
public class MinutesWriter {

  /** The office's time zone for dates printed in minutes. */
  static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(OFFICE_ZONE);

  @PersistenceContext(unitName = "modelgate")
  private EntityManager em;

  long reviewCount(long forumId, long modelId) {
    return em.createQuery(
            "select count(r) from Review r where r.forum.id = :forum and r.model.id = :model",
            Long.class)
        .setParameter("forum", forumId)
        .setParameter("model", modelId)
        .getSingleResult();
  }

  String write(Forum forum, List<AgendaItem> agenda, Instant printedAt) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(forum.getTitle()))
        .append(" 纪要</title><style>")
        .append(
            "body{font-family:'SimSun','Songti SC',serif;max-width:900px;margin:24px auto;line-height:1.6}")
        .append(
            "h1{text-align:center;font-size:22px}h2{font-size:18px;border-bottom:1px solid #333}")
        .append(
            "table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #555;padding:4px 6px;")
        .append("vertical-align:top;font-size:14px}.flag{color:#a4262c;font-weight:bold}")
        .append("@media print{body{margin:0}}</style></head><body>");
    html.append("<h1>").append(escape(forum.getTitle())).append(" 纪要</h1>");
    html.append("<p>时间：")
        .append(WHEN.format(forum.getScheduledAt()))
        .append("<br>地点：")
        .append(escape(forum.getPlace()))
        .append("<br>主持人：")
        .append(escape(forum.getPresidingLeader().getDisplayName()))
        .append("<br>受邀评审专家：")
        .append(
            forum.getReviewers().stream()
                .map(UserAccount::getDisplayName)
                .sorted()
                .map(MinutesWriter::escape)
                .collect(Collectors.joining("、")))
        .append("</p>");
    int number = 1;
    for (AgendaItem item : agenda) {
      writeModel(html, forum, item.getModel(), number++);
    }
    if (agenda.isEmpty()) {
      html.append("<p>本次论证会无议程。</p>");
    }
    html.append("<p style=\"text-align:right\">打印时间：")
        .append(WHEN.format(printedAt))
        .append("</p>");
    return html.append("</body></html>").toString();
  }

  private void writeModel(StringBuilder html, Forum forum, SupervisionModel model, int number) {
    html.append("<h2>议题")
        .append(number)
        .append("：")
        .append(escape(model.getTitle()))
        .append("</h2>");
    html.append("<p>建模单位：")
        .append(escape(model.getOwningUnit().getName()))
        .append("；建模人：")
        .append(escape(model.getCreatedBy().getDisplayName()));
    model
        .getCoCreators()
        .forEach(coCreator -> html.append("、").append(escape(coCreator.getDisplayName())));
    html.append("；模型版本：V").append(model.getModelVersion()).append("</p>");

    List<ReviewResponse> reviews =
        em.createQuery(
                "select r from Review r where r.forum.id = :forum and r.model.id = :model order by r.submittedAt",
                Review.class)
            .setParameter("forum", forum.getId())
            .setParameter("model", model.getId())
            .getResultStream()
            .map(Review::toResponse)
            .toList();
    if (reviews.isEmpty()) {
      html.append("<p>未收到评审意见。</p>");
    } else {
      html.append("<table><tr><th>评审专家</th><th>必要性</th><th>可行性</th><th>准确性</th><th>推广价值</th>")
          .append("<th>实践意义</th><th>预期效果</th><th>难点</th><th>需注意的问题</th></tr>");
      for (ReviewResponse review : reviews) {
        html.append("<tr><td>")
            .append(escape(review.reviewer().displayName()))
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
      html.append("</table><p>");
      for (CriterionSummary criterion : Scorecards.summarize(reviews)) {
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
    List<ReviewExclusion> exclusions =
        em.createQuery(
                "select e from ReviewExclusion e where e.forum.id = :forum and e.model.id = :model",
                ReviewExclusion.class)
            .setParameter("forum", forum.getId())
            .setParameter("model", model.getId())
            .getResultList();
    if (!exclusions.isEmpty()) {
      html.append("<p>回避情况：");
      for (ReviewExclusion exclusion : exclusions) {
        var response = exclusion.toResponse();
        html.append(escape(response.reviewer().displayName()))
            .append("（")
            .append(escape(response.reason()))
            .append("）；");
      }
      html.append("</p>");
    }
    em.createQuery(
            "select d from Decision d where d.forum.id = :forum and d.model.id = :model order by d.decidedAt desc",
            Decision.class)
        .setParameter("forum", forum.getId())
        .setParameter("model", model.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            decision ->
                html.append("<p><strong>裁决：")
                    .append(ForumRuling.valueOf(decision.getOutcome()).label())
                    .append("</strong>（")
                    .append(escape(decision.getDecidedBy().getDisplayName()))
                    .append("，")
                    .append(WHEN.format(decision.getDecidedAt()))
                    .append("）")
                    .append(
                        decision.getReason() == null ? "" : "。理由：" + escape(decision.getReason()))
                    .append("</p>"),
            () -> html.append("<p>尚未裁决。</p>"));
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
