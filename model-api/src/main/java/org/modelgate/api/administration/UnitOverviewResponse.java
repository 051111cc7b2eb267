package org.modelgate.api.administration;

import org.modelgate.api.organisation.UnitKind;

/** A unit as administrators see it, with the name of the unit above it and its number of users. */
public record UnitOverviewResponse(
    long id,
    String code,
    String name,
    String nameEn,
    UnitKind kind,
    Long parentId,
    String parentName,
    String parentNameEn,
    boolean cityWide,
    long users) {}
