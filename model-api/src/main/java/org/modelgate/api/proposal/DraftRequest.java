package org.modelgate.api.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The content of a supervision model, for a new draft or an edit. The business line follows from
 * the supervision point; the owning unit is the creator's. The innovation statement is required
 * when the supervision point already has as many active models as the homogeneity cap allows.
 */
public record DraftRequest(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Positive Long supervisionPointId,
    @NotBlank @Size(max = 4000) String problemStatement,
    @NotBlank @Size(max = 4000) String dataSources,
    @NotBlank @Size(max = 8000) String ruleDescription,
    @NotBlank @Size(max = 4000) String expectedEffect,
    @Size(max = 4000) String difficulties,
    @Size(max = 4000) String innovationStatement,
    @Size(max = 10) List<@NotNull @Positive Long> coCreatorIds) {

  public DraftRequest {
    coCreatorIds = coCreatorIds == null ? List.of() : List.copyOf(coCreatorIds);
  }
}
