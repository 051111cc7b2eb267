package org.modelgate.api.forum;

import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.proposal.Stage;

/** A model on a forum's agenda with its eligible reviewers and the exclusions. */
public record AgendaItemResponse(
    long modelId,
    String title,
    String owningUnitName,
    Stage stage,
    List<UserRef> eligibleReviewers,
    List<ExclusionResponse> exclusions) {}
