package org.modelgate.api.adoption;

import java.time.Instant;

/** One cell of the adoption matrix. */
public record AdoptionResponse(
    long modelId,
    long unitId,
    String unitCode,
    String unitName,
    AdoptionStatus status,
    String statusLabel,
    String reason,
    Instant updatedAt) {}
