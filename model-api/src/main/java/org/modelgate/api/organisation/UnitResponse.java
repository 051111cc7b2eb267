package org.modelgate.api.organisation;

/** A unit as listed by {@code GET /api/units}. */
public record UnitResponse(
    long id, String code, String name, String nameEn, UnitKind kind, Long parentId) {}
