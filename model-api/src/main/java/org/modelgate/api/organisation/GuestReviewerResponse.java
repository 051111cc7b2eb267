package org.modelgate.api.organisation;

import java.time.Instant;
import org.modelgate.api.common.UserRef;

/**
 * The new guest account and its initial password, shown once: only a hash of it is stored. Hand it
 * to the expert over a separate channel.
 */
public record GuestReviewerResponse(UserRef user, Instant expiresAt, String initialPassword) {}
