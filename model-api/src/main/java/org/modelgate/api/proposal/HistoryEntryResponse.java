package org.modelgate.api.proposal;

import java.time.Instant;

/** One line of a model's history: a state change, a decision, a comment or a refusal. */
public record HistoryEntryResponse(
    Instant at,
    String actor,
    String action,
    String outcome,
    String before,
    String after,
    String detail) {}
