package org.modelgate.api.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The ruling on a model. A reason is required for every outcome but GO; conditions for
 * CONDITIONAL_GO (and only for it).
 */
public record RulingRequest(
    @NotNull ForumRuling outcome,
    @Size(max = 4000) String reason,
    @Size(max = 20) List<@NotNull @Valid ConditionRequest> conditions) {

  public RulingRequest {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
