package org.modelgate.api.forum;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.common.UserRef;

/** A forum with its reviewers and agenda. */
public record ForumResponse(
    long id,
    String title,
    Instant scheduledAt,
    String place,
    UserRef presidingLeader,
    List<UserRef> reviewers,
    List<AgendaItemResponse> agenda) {}
