package org.modelgate.api.proposal;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.BusinessLine;

/**
 * A supervision model as the API shows it. {@code rowVersion} is also sent as the ETag; an edit
 * must name it in {@code If-Match}.
 */
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
    List<UserRef> coCreators,
    String problemStatement,
    String dataSources,
    String ruleDescription,
    String expectedEffect,
    String difficulties,
    String innovationStatement,
    int version,
    Long previousVersionId,
    Stage stage,
    String stageLabel,
    long rowVersion,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt) {}
