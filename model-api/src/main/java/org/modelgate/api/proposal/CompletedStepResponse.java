package org.modelgate.api.proposal;

import java.time.Instant;

/**
 * An element of the lifecycle diagram the model has passed: who completed it (for a user task) and
 * when. An element passed several times (a revision loop) is named once, with its last completion.
 */
public record CompletedStepResponse(
    String elementId, String actor, String actorName, Instant endedAt) {}
