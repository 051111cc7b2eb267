package org.modelgate.api.proposal;

import java.time.Instant;
import java.util.Set;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.security.ModelAction;

/** A supervision model in a list, with what the caller may do with it now. */
public record ModelSummaryResponse(
    long id,
    String title,
    BusinessLine businessLine,
    String supervisionPointName,
    String supervisionPointNameEn,
    String owningUnitName,
    String owningUnitNameEn,
    String createdBy,
    int version,
    Stage stage,
    String stageLabel,
    Instant updatedAt,
    Set<ModelAction> allowedActions) {}
