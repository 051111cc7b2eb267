package org.modelgate.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.ReviewResponse;

class ScorecardsTest {

  static ReviewResponse review(int necessity, int feasibility, int accuracy, int promotion) {
    return new ReviewResponse(
        1,
        1,
        new UserRef(1, "r", "r"),
        necessity,
        feasibility,
        accuracy,
        promotion,
        "a",
        "b",
        "c",
        "d",
        Instant.EPOCH);
  }

  @Test
  void shouldFlagDisagreementOnlyWhereScoresSpreadTwoPointsOrMore() {
    List<CriterionSummary> summary =
        Scorecards.summarize(List.of(review(5, 4, 3, 2), review(3, 3, 3, 5)));

    assertThat(summary)
        .extracting(CriterionSummary::criterion, CriterionSummary::disagreement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("necessity", true),
            org.assertj.core.groups.Tuple.tuple("feasibility", false),
            org.assertj.core.groups.Tuple.tuple("clueAccuracy", false),
            org.assertj.core.groups.Tuple.tuple("promotionValue", true));
  }

  @Test
  void shouldAverageMinAndMaxPerCriterion() {
    CriterionSummary necessity =
        Scorecards.summarize(List.of(review(5, 1, 1, 1), review(4, 1, 1, 1), review(4, 1, 1, 1)))
            .get(0);

    assertThat(necessity.average()).isEqualTo(4.33);
    assertThat(necessity.min()).isEqualTo(4);
    assertThat(necessity.max()).isEqualTo(5);
    assertThat(necessity.label()).isEqualTo("建模必要性");
  }

  @Test
  void shouldSummarizeNothingWithoutReviews() {
    assertThat(Scorecards.summarize(List.of())).isEmpty();
  }
}
