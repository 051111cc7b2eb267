package org.modelgate.api.adoption;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/** A unit's feedback on an adopted model. */
public record FeedbackResponse(
    long id,
    long unitId,
    String unitName,
    String unitNameEn,
    UserRef author,
    String body,
    Instant createdAt) {}
