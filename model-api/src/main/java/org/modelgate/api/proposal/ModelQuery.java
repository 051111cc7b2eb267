package org.modelgate.api.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.modelgate.api.organisation.BusinessLine;

/**
 * Filters for the model list; every filter is optional. {@code text} searches title and problem
 * statement. Results are newest first and only what the caller may see.
 */
public record ModelQuery(
    Stage stage,
    Long unitId,
    BusinessLine businessLine,
    Long supervisionPointId,
    @Size(max = 100) String text,
    @Min(0) int page,
    @Min(1) @Max(200) int size) {}
