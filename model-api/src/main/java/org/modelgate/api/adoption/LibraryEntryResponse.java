package org.modelgate.api.adoption;

import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.proposal.Stage;

/**
 * A model in the city model library with its funnel totals and coverage (units running / units
 * assigned, NOT_APPLICABLE units left out of both).
 */
public record LibraryEntryResponse(
    long modelId,
    String title,
    int version,
    Stage stage,
    String owningUnitName,
    String owningUnitNameEn,
    FunnelCounts funnel,
    long unitsAssigned,
    long unitsRunning,
    Double coverage) {}
