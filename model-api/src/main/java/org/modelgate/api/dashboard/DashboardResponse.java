package org.modelgate.api.dashboard;

import java.util.List;
import org.modelgate.api.adoption.LibraryEntryResponse;
import org.modelgate.api.clue.FunnelCounts;

/**
 * The dashboard. {@code cityWide} tells whether it covers the whole city (leaders, admins, the
 * digital office) or only the caller's unit and own models.
 */
public record DashboardResponse(
    boolean cityWide,
    List<CountResponse> modelsByStage,
    List<CountResponse> modelsByUnit,
    List<CountResponse> modelsByBusinessLine,
    FunnelCounts funnelTotals,
    long overdueTasks,
    List<UpcomingForumResponse> upcomingForums,
    List<LibraryEntryResponse> coverageByModel,
    List<UnitCoverageResponse> coverageByUnit) {}
