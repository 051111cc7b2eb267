package org.modelgate.api.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a model. */
public record CommentRequest(@NotBlank @Size(max = 4000) String body) {}
