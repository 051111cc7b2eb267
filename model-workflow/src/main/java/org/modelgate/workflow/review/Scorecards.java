package org.modelgate.workflow.review;

import java.util.List;
import java.util.function.ToIntFunction;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.ReviewResponse;

/**
 * Compares reviews criterion by criterion. Reviewers disagree on a criterion when their scores
 * spread two points or more (DESIGN §4).
 */
public final class Scorecards {

  static final int DISAGREEMENT_SPREAD = 2;

  private record Criterion(String key, String label, ToIntFunction<ReviewResponse> score) {}

  private static final List<Criterion> CRITERIA =
      List.of(
          new Criterion("necessity", "建模必要性", ReviewResponse::necessity),
          new Criterion("feasibility", "技术可行性", ReviewResponse::feasibility),
          new Criterion("clueAccuracy", "线索准确性", ReviewResponse::clueAccuracy),
          new Criterion("promotionValue", "推广价值", ReviewResponse::promotionValue));

  private Scorecards() {}

  /** One summary per criterion; empty when there are no reviews. */
  public static List<CriterionSummary> summarize(List<ReviewResponse> reviews) {
    if (reviews.isEmpty()) {
      return List.of();
    }
    return CRITERIA.stream()
        .map(
            criterion -> {
              var scores = reviews.stream().mapToInt(criterion.score()).summaryStatistics();
              double average = Math.round(scores.getAverage() * 100) / 100.0;
              return new CriterionSummary(
                  criterion.key(),
                  criterion.label(),
                  average,
                  scores.getMin(),
                  scores.getMax(),
                  scores.getMax() - scores.getMin() >= DISAGREEMENT_SPREAD);
            })
        .toList();
  }
}
