package org.modelgate.api.adoption;

import java.time.Instant;

/**
 * One cell of the adoption matrix. {@code reportable}: the caller may report progress and feedback
 * for this unit now.
 */
public record AdoptionResponse(
    long modelId,
    long unitId,
    String unitCode,
    String unitName,
    String unitNameEn,
    AdoptionStatus status,
    String statusLabel,
    String reason,
    Instant updatedAt,
    boolean reportable) {}
