package org.modelgate.workflow.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoldRuleTest {

  static final BigDecimal SIXTY_PERCENT = new BigDecimal("0.6");
  static final long N = 20;

  @Test
  void shouldTripWhenValidRateBelowThresholdAfterNVerifiedClues() {
    assertThat(HoldRule.trips(20, 11, N, SIXTY_PERCENT)).isTrue();
  }

  @Test
  void shouldNotTripBeforeNCluesAreVerifiedHoweverBadTheRate() {
    assertThat(HoldRule.trips(19, 0, N, SIXTY_PERCENT)).isFalse();
  }

  @Test
  void shouldNotTripWhenValidRateEqualsThreshold() {
    assertThat(HoldRule.trips(20, 12, N, SIXTY_PERCENT)).isFalse();
  }

  @Test
  void shouldNotTripWhenValidRateAboveThreshold() {
    assertThat(HoldRule.trips(40, 30, N, SIXTY_PERCENT)).isFalse();
  }

  @Test
  void shouldCompareExactlyWhereTheRateHasNoFiniteDecimal() {
    // 2/3 = 0.666…: just under 0.6667, just over 0.6666
    assertThat(HoldRule.trips(30, 20, N, new BigDecimal("0.6667"))).isTrue();
    assertThat(HoldRule.trips(30, 20, N, new BigDecimal("0.6666"))).isFalse();
  }

  @Test
  void shouldNeverTripOnAZeroThreshold() {
    assertThat(HoldRule.trips(100, 0, N, BigDecimal.ZERO)).isFalse();
  }

  @Test
  void shouldRejectMoreValidThanVerified() {
    assertThatThrownBy(() -> HoldRule.trips(5, 6, N, SIXTY_PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hold rule needs 0 <= valid <= verified, got valid 6 of verified 5");
  }

  @Test
  void shouldRejectNBelowOne() {
    assertThatThrownBy(() -> HoldRule.trips(5, 1, 0, SIXTY_PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hold rule needs minCluesForJudgement >= 1, got 0");
  }

  @Test
  void shouldRejectThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> HoldRule.trips(5, 1, N, new BigDecimal("60")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hold rule needs minValidRate in 0..1, got 60");
  }
}
