package org.modelgate.workflow.audit;

import java.util.Set;
import org.modelgate.api.common.Labels;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.decision.PilotDecision;
import org.modelgate.api.proposal.ScreeningOutcome;

/**
 * Entries written before the system's lines became codes (V15) kept them as Chinese sentences in
 * {@code detail}, and the hash chain forbids rewriting them. Read back, a detail that only repeats
 * what the action and the stages already say is left out, and an outcome's label in front of the
 * person's reason is cut off (the outcome itself is in {@code after}); every other old detail is
 * shown as it was written.
 */
final class LegacyLines {

  /** Actions whose old detail was only the system's words. */
  private static final Set<String> SYSTEM_ONLY = Set.of("SUBMIT", "RESUBMIT", "STAGE_CHANGED");

  /** The colon that joined an outcome's label and the reason (full width). */
  private static final String JOIN = "\uFF1A";

  private LegacyLines() {}

  static String detail(String action, String after, String detail) {
    if (detail == null || SYSTEM_ONLY.contains(action)) {
      return null;
    }
    Enum<?> outcome = outcome(action, after);
    if (outcome == null) {
      return detail;
    }
    String label = Labels.of(outcome);
    if (detail.equals(label)) {
      return null;
    }
    return detail.startsWith(label + JOIN) ? detail.substring(label.length() + 1) : detail;
  }

  private static Enum<?> outcome(String action, String after) {
    try {
      return switch (action) {
        case "SCREEN" -> ScreeningOutcome.valueOf(after);
        case "RULING" -> ForumRuling.valueOf(after);
        case "PILOT_DECISION" -> PilotDecision.valueOf(after);
        default -> null;
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
