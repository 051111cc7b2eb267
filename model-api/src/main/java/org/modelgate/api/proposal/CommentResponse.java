package org.modelgate.api.proposal;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/**
 * A comment on a model.
 *
 * @param body what the author wrote
 * @param kind what the comment was written with (a withdrawal, a screening); null for a plain one
 */
public record CommentResponse(
    long id, UserRef author, String body, Instant createdAt, CommentKind kind) {}
