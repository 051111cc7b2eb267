package org.modelgate.api.review;

import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.forum.ExclusionResponse;

/**
 * The reviews of a model side by side. A reviewer who has not yet submitted sees only their own
 * status ({@code othersVisible} false, {@code reviews} empty).
 */
public record ReviewBoardResponse(
    long modelId,
    Long forumId,
    boolean othersVisible,
    List<ReviewResponse> reviews,
    List<CriterionSummary> criteria,
    boolean disagreement,
    List<UserRef> pendingReviewers,
    List<ExclusionResponse> exclusions) {}
