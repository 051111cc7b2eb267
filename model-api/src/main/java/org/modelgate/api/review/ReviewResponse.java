package org.modelgate.api.review;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/** A submitted review. */
public record ReviewResponse(
    long id,
    long forumId,
    UserRef reviewer,
    int necessity,
    int feasibility,
    int clueAccuracy,
    int promotionValue,
    String practicalSignificance,
    String expectedEffect,
    String difficulties,
    String attentionPoints,
    Instant submittedAt) {}
