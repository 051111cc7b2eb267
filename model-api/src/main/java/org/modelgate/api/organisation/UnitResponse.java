package org.modelgate.api.organisation;

/**
 * A unit as listed by {@code GET /api/units}.
 *
 * @param cityWide whether its staff act for the whole city (the Digital Procuratorate Office)
 */
public record UnitResponse(
    long id,
    String code,
    String name,
    String nameEn,
    UnitKind kind,
    Long parentId,
    boolean cityWide) {}
