package org.modelgate.api.dashboard;

/** A unit's adoption of listed models: assigned (not counting NOT_APPLICABLE) and running. */
public record UnitCoverageResponse(
    long unitId, String unitName, String unitNameEn, long assigned, long running) {}
