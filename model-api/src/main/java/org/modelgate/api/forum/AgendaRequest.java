package org.modelgate.api.forum;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A model to put on a forum's agenda. */
public record AgendaRequest(@NotNull @Positive Long modelId) {}
