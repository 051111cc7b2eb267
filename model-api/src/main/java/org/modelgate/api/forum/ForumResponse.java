package org.modelgate.api.forum;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.common.UserRef;

/**
 * A forum with its reviewers and agenda. {@code agendaOpen}: the caller may change the agenda now
 * (the digital office, until the end of the forum's day).
 */
public record ForumResponse(
    long id,
    String title,
    Instant scheduledAt,
    String place,
    UserRef presidingLeader,
    List<UserRef> reviewers,
    List<AgendaItemResponse> agenda,
    boolean agendaOpen) {}
