package org.modelgate.api.forum;

import java.util.List;
import java.util.Set;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.ModelAction;

/**
 * A model on a forum's agenda with its eligible reviewers and the exclusions, and what the caller
 * may do with the model now (review, rule, ...).
 */
public record AgendaItemResponse(
    long modelId,
    String title,
    String owningUnitName,
    String owningUnitNameEn,
    Stage stage,
    List<UserRef> eligibleReviewers,
    List<ExclusionResponse> exclusions,
    Set<ModelAction> allowedActions) {}
