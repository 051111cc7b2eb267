package org.modelgate.workflow.review;

import java.util.List;
import java.util.function.ToIntFunction;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.ReviewCriterion;
import org.modelgate.api.review.ReviewResponse;

/**
 * Compares reviews criterion by criterion. Reviewers disagree on a criterion when their scores
 * spread two points or more (DESIGN §4).
 */
public final class Scorecards {

  static final int DISAGREEMENT_SPREAD = 2;

  private record Criterion(ReviewCriterion criterion, ToIntFunction<ReviewResponse> score) {}

  private static final List<Criterion> CRITERIA =
      List.of(
          new Criterion(ReviewCriterion.NECESSITY, ReviewResponse::necessity),
          new Criterion(ReviewCriterion.FEASIBILITY, ReviewResponse::feasibility),
          new Criterion(ReviewCriterion.CLUE_ACCURACY, ReviewResponse::clueAccuracy),
          new Criterion(ReviewCriterion.PROMOTION_VALUE, ReviewResponse::promotionValue));

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
                  criterion.criterion().key(),
                  criterion.criterion().label(),
                  average,
                  scores.getMin(),
                  scores.getMax(),
                  scores.getMax() - scores.getMin() >= DISAGREEMENT_SPREAD);
            })
        .toList();
  }
}
