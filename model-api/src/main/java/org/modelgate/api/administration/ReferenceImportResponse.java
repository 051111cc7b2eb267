package org.modelgate.api.administration;

/**
 * A reference data file imported whole.
 *
 * @param created rows whose code was new
 * @param updated rows whose code existed; their names and attributes were replaced
 */
public record ReferenceImportResponse(int created, int updated) {}
