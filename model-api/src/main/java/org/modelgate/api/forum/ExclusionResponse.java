package org.modelgate.api.forum;

import org.modelgate.api.common.UserRef;

/** A reviewer who does not review a model, and why. */
public record ExclusionResponse(UserRef reviewer, ExclusionKind kind, String reason) {}
