package org.modelgate.api.proposal;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/** An attachment's metadata; the bytes are downloaded separately. */
public record AttachmentResponse(
    long id,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    UserRef uploadedBy,
    Instant uploadedAt) {}
