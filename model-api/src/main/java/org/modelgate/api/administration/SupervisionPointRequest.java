package org.modelgate.api.administration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.modelgate.api.organisation.BusinessLine;

/**
 * A supervision point to create or change. The code is fixed once created.
 *
 * @param homogeneityCap active models on this point above which a proposal needs an innovation
 *     statement; null for the configured default ({@code MODELGATE_HOMOGENEITY_CAP})
 */
public record SupervisionPointRequest(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String nameEn,
    @NotNull BusinessLine businessLine,
    @Positive @Max(1000) Integer homogeneityCap) {}
