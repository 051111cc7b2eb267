package org.modelgate.api.decision;

/**
 * What the pilot evaluation's decision table recommends, with its reason, while the leader's pilot
 * decision is pending. Deciding otherwise needs a written reason.
 *
 * @param recommendation {@code ADOPT | EXTEND | RECYCLE | HOLD}
 * @param reason why, in the table's words (Chinese)
 */
public record PilotRecommendation(PilotDecision recommendation, String reason) {}
