package org.modelgate.api.inbox;

import java.time.Instant;
import org.modelgate.api.proposal.Stage;

/** A task in the inbox with the model it is about. */
public record TaskResponse(
    String id,
    String taskKey,
    String name,
    long modelId,
    String modelTitle,
    Stage stage,
    String stageLabel,
    String assignee,
    boolean claimable,
    Instant createdAt,
    Instant dueAt,
    boolean overdue) {}
