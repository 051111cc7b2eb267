package org.modelgate.workflow.pilot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The automatic hold rule of DESIGN §4: once at least N clues are verified, a valid rate under the
 * plan's threshold flags the model and asks the leader to decide at once instead of at the pilot's
 * end. The rule only says <em>when</em> to ask; what to recommend then is the pilot evaluation
 * table's job ({@code decisions/pilot-evaluation.dmn}), which recommends HOLD only when the rate is
 * under half the threshold and otherwise EXTEND (pilot running) or RECYCLE (pilot ended).
 *
 * <p>Both share the threshold semantics: a rate equal to the threshold meets it, and exactly N
 * verified clues are enough to judge. The rate is compared exactly ({@code valid < threshold ×
 * verified}), so no rounding of valid/verified can move a model across the threshold.
 */
public final class HoldRule {

  private HoldRule() {}

  /**
   * Whether the funnel trips the hold rule.
   *
   * @param verified clues verified, valid or invalid
   * @param valid clues verified as valid, at most {@code verified}
   * @param minCluesForJudgement N: verified clues needed before the valid rate is judged, at least
   *     1
   * @param minValidRate the plan's target valid rate, 0..1
   * @return true when {@code verified >= N} and {@code valid / verified < minValidRate}
   * @throws IllegalArgumentException when a count is negative, {@code valid > verified}, N is below
   *     1 or the rate is outside 0..1
   */
  public static boolean trips(
      long verified, long valid, long minCluesForJudgement, BigDecimal minValidRate) {
    Objects.requireNonNull(minValidRate, "minValidRate");
    if (verified < 0 || valid < 0 || valid > verified) {
      throw new IllegalArgumentException(
          "hold rule needs 0 <= valid <= verified, got valid "
              + valid
              + " of verified "
              + verified);
    }
    if (minCluesForJudgement < 1) {
      throw new IllegalArgumentException(
          "hold rule needs minCluesForJudgement >= 1, got " + minCluesForJudgement);
    }
    if (minValidRate.signum() < 0 || minValidRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "hold rule needs minValidRate in 0..1, got " + minValidRate.toPlainString());
    }
    if (verified < minCluesForJudgement) {
      return false;
    }
    // valid / verified < minValidRate, without dividing (verified >= N >= 1)
    return BigDecimal.valueOf(valid).compareTo(minValidRate.multiply(BigDecimal.valueOf(verified)))
        < 0;
  }
}
