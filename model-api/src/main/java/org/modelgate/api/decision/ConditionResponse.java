package org.modelgate.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import org.modelgate.api.common.UserRef;

/** A condition of a conditional go and whether it is closed. */
public record ConditionResponse(
    long id, String text, UserRef owner, LocalDate dueDate, Instant closedAt, UserRef closedBy) {}
