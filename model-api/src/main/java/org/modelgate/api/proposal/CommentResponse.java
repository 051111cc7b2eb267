package org.modelgate.api.proposal;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/** A comment on a model. */
public record CommentResponse(long id, UserRef author, String body, Instant createdAt) {}
