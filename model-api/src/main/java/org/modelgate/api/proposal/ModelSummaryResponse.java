package org.modelgate.api.proposal;

import java.time.Instant;
import org.modelgate.api.organisation.BusinessLine;

/** A supervision model in a list. */
public record ModelSummaryResponse(
    long id,
    String title,
    BusinessLine businessLine,
    String supervisionPointName,
    String owningUnitName,
    String createdBy,
    int version,
    Stage stage,
    String stageLabel,
    Instant updatedAt) {}
