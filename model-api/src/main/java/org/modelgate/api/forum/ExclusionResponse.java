package org.modelgate.api.forum;

import org.modelgate.api.common.UserRef;

/**
 * A reviewer who does not review a model, and why.
 *
 * @param reason the reviewer's own reason, when they abstained; null for an automatic exclusion
 */
public record ExclusionResponse(UserRef reviewer, ExclusionKind kind, String reason) {}
