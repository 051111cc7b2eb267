package org.modelgate.api.dashboard;

import java.time.Instant;

/** A forum yet to be held. */
public record UpcomingForumResponse(long id, String title, Instant scheduledAt, String place) {}
