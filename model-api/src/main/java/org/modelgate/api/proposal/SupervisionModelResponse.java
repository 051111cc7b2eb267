package org.modelgate.api.proposal;

import java.time.Instant;
import org.modelgate.api.organisation.BusinessLine;

/** A supervision model as the API shows it. */
public record SupervisionModelResponse(
    long id,
    String title,
    BusinessLine businessLine,
    String businessLineLabel,
    long supervisionPointId,
    String supervisionPointName,
    long owningUnitId,
    String owningUnitName,
    String createdBy,
    String problemStatement,
    String dataSources,
    String ruleDescription,
    String expectedEffect,
    String difficulties,
    int version,
    Stage stage,
    String stageLabel,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt) {}
