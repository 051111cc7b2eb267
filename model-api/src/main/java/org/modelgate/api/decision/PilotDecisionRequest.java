package org.modelgate.api.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The pilot decision. A reason is required when it departs from the evaluation's recommendation;
 * EXTEND needs the new end date.
 */
public record PilotDecisionRequest(
    @NotNull PilotDecision decision, @Size(max = 4000) String reason, LocalDate newEndDate) {}
