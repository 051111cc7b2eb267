package org.modelgate.api.organisation;

import java.time.Instant;
import java.time.LocalDate;
import org.modelgate.api.common.UserRef;

/**
 * A recorded absence and its substitute.
 *
 * @param from the first day away (Asia/Shanghai)
 * @param to the last day away, included
 * @param createdBy who recorded it: the absent person, or an administrator
 * @param active whether it runs today: the substitute acts for the absent person now
 */
public record AbsenceResponse(
    long id,
    UserRef absent,
    UserRef substitute,
    LocalDate from,
    LocalDate to,
    String reason,
    UserRef createdBy,
    Instant createdAt,
    boolean active) {}
