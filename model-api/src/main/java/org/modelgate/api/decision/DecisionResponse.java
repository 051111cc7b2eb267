package org.modelgate.api.decision;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.common.UserRef;

/**
 * An immutable decision record: who decided what, when, why, on which model version, and the
 * evidence as it stood (a JSON document: scores, reviews, exclusions).
 */
public record DecisionResponse(
    long id,
    long modelId,
    Gate gate,
    String outcome,
    String outcomeLabel,
    String reason,
    UserRef decidedBy,
    Instant decidedAt,
    int modelVersion,
    String evidence,
    List<ConditionResponse> conditions) {}
