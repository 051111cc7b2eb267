package org.modelgate.api.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new supervision model in draft. The business line follows from the supervision point; the
 * owning unit is the creator's.
 */
public record CreateDraftRequest(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Positive Long supervisionPointId,
    @NotBlank @Size(max = 4000) String problemStatement,
    @NotBlank @Size(max = 4000) String dataSources,
    @NotBlank @Size(max = 8000) String ruleDescription,
    @NotBlank @Size(max = 4000) String expectedEffect,
    @Size(max = 4000) String difficulties) {}
