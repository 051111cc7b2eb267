package org.modelgate.api.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.security.ModelAction;

/**
 * A supervision model as the API shows it. Unit and supervision point are named in Chinese and in
 * English ({@code …NameEn}). {@code rowVersion} is also sent as the ETag; an edit must name it in
 * {@code If-Match}. {@code allowedActions} is what the caller may do with the model now (the access
 * policy's answer; pages show exactly these buttons).
 */
public record SupervisionModelResponse(
    long id,
    String title,
    BusinessLine businessLine,
    String businessLineLabel,
    long supervisionPointId,
    String supervisionPointName,
    String supervisionPointNameEn,
    long owningUnitId,
    String owningUnitName,
    String owningUnitNameEn,
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
    Instant submittedAt,
    Set<ModelAction> allowedActions) {}
