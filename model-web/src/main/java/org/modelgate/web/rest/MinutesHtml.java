package org.modelgate.web.rest;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.modelgate.api.common.Labels;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.MinutesResponse;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;

/**
 * Prints the minutes of a forum as a standalone HTML page in the style of an official record, in
 * Chinese or English: the wording is the pages' bundle ({@code minutes.*} and the names of
 * criteria, rulings and exclusions the pages use), dates are in the office's time zone whatever the
 * server's. The services decide what the caller may read; this only lays it out. Every value from
 * users is escaped.
 */
final class MinutesHtml {

  private static final String BUNDLE = "org.modelgate.web.ui.messages";

  private final Locale locale;
  private final ResourceBundle texts;
  private final DateTimeFormatter when;

  private MinutesHtml(Locale locale) {
    this.locale = Labels.supported(locale);
    this.texts =
        ResourceBundle.getBundle(
            BUNDLE, this.locale, MinutesHtml.class.getClassLoader(), Labels.NO_FALLBACK);
    this.when =
        DateTimeFormatter.ofPattern(text("minutes.dateTime"), this.locale)
            .withZone(OfficeTime.ZONE);
  }

  /** The minutes in {@code locale}'s language (English or Chinese). */
  static String write(MinutesResponse minutes, Locale locale) {
    return new MinutesHtml(locale).page(minutes);
  }

  private String page(MinutesResponse minutes) {
    var forum = minutes.forum();
    boolean english = locale.getLanguage().equals("en");
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html><html lang=\"")
        .append(english ? "en" : "zh-CN")
        .append("\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(text("minutes.title", forum.title())))
        .append("</title><style>body{font-family:")
        .append(english ? "'Times New Roman',Times," : "")
        .append("'SimSun','Songti SC',serif;max-width:900px;margin:24px auto;line-height:1.6}")
        .append("h1{text-align:center;font-size:22px;margin-bottom:0}")
        .append(".kind{text-align:center;font-size:18px;letter-spacing:.2em;margin-top:4px}")
        .append("h2{font-size:18px;border-bottom:1px solid #333}")
        .append("table{border-collapse:collapse;width:100%;margin:8px 0}")
        .append("td,th{border:1px solid #555;padding:4px 6px;vertical-align:top;font-size:14px}")
        .append("th{text-align:left;white-space:nowrap}.meta th{width:9em}")
        .append(".flag{color:#a4262c;font-weight:bold}.note{font-size:13px;color:#444}")
        .append(".end{text-align:right}@media print{body{margin:0}}</style></head><body>");
    html.append("<h1>").append(escape(forum.title())).append("</h1>");
    html.append("<p class=\"kind\">").append(text("minutes.kind")).append("</p>");
    html.append("<table class=\"meta\">");
    row(html, text("minutes.when"), escape(when.format(forum.scheduledAt())));
    row(html, text("minutes.place"), escape(forum.place()));
    row(html, text("minutes.presiding"), escape(forum.presidingLeader().displayName()));
    row(
        html,
        text("minutes.reviewers"),
        forum.reviewers().stream()
            .map(UserRef::displayName)
            .sorted()
            .map(MinutesHtml::escape)
            .collect(Collectors.joining(text("forum.separator"))));
    html.append("</table>");
    int number = 1;
    for (MinutesResponse.Item item : minutes.items()) {
      item(html, item, number++);
    }
    if (minutes.items().isEmpty()) {
      html.append("<p>").append(text("minutes.noAgenda")).append("</p>");
    }
    html.append("<p class=\"note\">").append(text("minutes.timeZone")).append("</p>");
    html.append("<p class=\"end\">")
        .append(escape(text("minutes.printedAt", when.format(minutes.printedAt()))))
        .append("</p>");
    return html.append("</body></html>").toString();
  }

  private void item(StringBuilder html, MinutesResponse.Item item, int number) {
    html.append("<h2>")
        .append(escape(text("minutes.item", String.valueOf(number), item.title())))
        .append("</h2>");
    html.append("<table class=\"meta\">");
    row(html, text("minutes.owningUnit"), escape(item.owningUnitName()));
    row(
        html,
        text("minutes.creators"),
        item.creatorNames().stream()
            .map(MinutesHtml::escape)
            .collect(Collectors.joining(text("forum.separator"))));
    row(html, text("minutes.version"), "V" + item.version());
    html.append("</table>");
    ReviewBoardResponse board = item.reviews();
    if (!board.othersVisible()) {
      html.append("<p>").append(text("minutes.reviewsHidden")).append("</p>");
    } else if (board.reviews().isEmpty()) {
      html.append("<p>").append(text("minutes.noReviews")).append("</p>");
    } else {
      reviews(html, board.reviews());
      html.append("<p>");
      for (CriterionSummary criterion : board.criteria()) {
        html.append(
            escape(
                text(
                    "minutes.average",
                    criterionName(criterion.criterion(), criterion.label()),
                    String.valueOf(criterion.average()))));
        if (criterion.disagreement()) {
          html.append(" <span class=\"flag\">")
              .append(
                  escape(
                      text(
                          "minutes.disagreement",
                          String.valueOf(criterion.min()),
                          String.valueOf(criterion.max()))))
              .append("</span>");
        }
        html.append(escape(text("minutes.listEnd")));
      }
      html.append("</p>");
    }
    if (board.othersVisible() && !board.exclusions().isEmpty()) {
      html.append("<p>").append(text("minutes.exclusions")).append(text("forum.colon"));
      for (ExclusionResponse exclusion : board.exclusions()) {
        String reviewer =
            exclusion.reviewer() == null
                ? text("minutes.reviewer")
                : exclusion.reviewer().displayName();
        String reason =
            exclusion.reason() == null
                ? textOr("exclusion." + exclusion.kind().name(), exclusion.kind().name())
                : exclusion.reason();
        html.append(escape(text("minutes.exclusion", reviewer, reason)));
      }
      html.append("</p>");
    }
    ruling(html, item.ruling());
  }

  private void ruling(StringBuilder html, MinutesResponse.Ruling ruling) {
    if (ruling == null) {
      html.append("<p>").append(text("minutes.notRuled")).append("</p>");
      return;
    }
    html.append("<p><strong>")
        .append(
            escape(
                text(
                    "minutes.ruling",
                    textOr("outcome." + ruling.outcome(), ruling.outcomeLabel()))))
        .append("</strong>")
        .append(
            escape(text("minutes.decidedBy", ruling.decidedBy(), when.format(ruling.decidedAt()))));
    if (ruling.reason() != null) {
      html.append(escape(text("minutes.reason", ruling.reason())));
    }
    html.append("</p>");
  }

  private void reviews(StringBuilder html, List<ReviewResponse> reviews) {
    html.append("<table><tr>");
    for (String key :
        List.of(
            "minutes.reviewer",
            "criterion.necessity",
            "criterion.feasibility",
            "criterion.clueAccuracy",
            "criterion.promotionValue",
            "field.practicalSignificance",
            "review.expectedEffect",
            "review.difficulties",
            "field.attentionPoints")) {
      html.append("<th>").append(escape(text(key))).append("</th>");
    }
    html.append("</tr>");
    int anonymous = 1;
    for (ReviewResponse review : reviews) {
      String reviewer =
          review.reviewer() == null
              ? text("minutes.anonymousReviewer", String.valueOf(anonymous++))
              : review.reviewer().displayName();
      html.append("<tr><td>")
          .append(escape(reviewer))
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

  private static void row(StringBuilder html, String label, String escapedValue) {
    html.append("<tr><th>")
        .append(label)
        .append("</th><td>")
        .append(escapedValue)
        .append("</td></tr>");
  }

  private String criterionName(String criterion, String fallback) {
    return textOr("criterion." + criterion, fallback);
  }

  /** The text under {@code key} with {@code {0}}-style arguments (all strings) filled in. */
  private String text(String key, String... arguments) {
    String pattern = texts.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private String textOr(String key, String fallback) {
    try {
      return texts.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
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
