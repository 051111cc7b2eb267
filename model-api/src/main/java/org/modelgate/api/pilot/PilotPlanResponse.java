package org.modelgate.api.pilot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.modelgate.api.common.UserRef;

/** A registered pilot plan. */
public record PilotPlanResponse(
    long id,
    long modelId,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal minValidRate,
    int minCasesFormed,
    int minCluesForJudgement,
    List<PilotUnitResponse> units,
    UserRef createdBy,
    Instant createdAt) {}
