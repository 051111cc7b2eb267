package org.modelgate.api.administration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.modelgate.api.organisation.UnitKind;

/**
 * A unit to create or change.
 *
 * @param parentId the unit above it (null for the municipal procuratorate and outside experts)
 * @param cityWide whether its staff act for the whole city, as the Digital Procuratorate Office
 */
public record UnitRequest(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 100) String nameEn,
    @NotNull UnitKind kind,
    Long parentId,
    boolean cityWide) {}
