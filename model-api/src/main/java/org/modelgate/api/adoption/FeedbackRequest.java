package org.modelgate.api.adoption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit reports a problem or an experience with an adopted model upward. */
public record FeedbackRequest(@NotBlank @Size(max = 4000) String body) {}
