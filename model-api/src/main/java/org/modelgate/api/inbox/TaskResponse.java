package org.modelgate.api.inbox;

import java.time.Instant;
import java.util.Set;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.ModelAction;

/** A task in the inbox with the model it is about and what the caller may do with it now. */
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
    boolean overdue,
    Set<ModelAction> allowedActions) {}
