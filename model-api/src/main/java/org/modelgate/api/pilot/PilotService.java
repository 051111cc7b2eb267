package org.modelgate.api.pilot;

import java.util.Optional;
import org.modelgate.api.decision.ConditionResponse;

/** Planning the pilot of a model that passed its forum. */
public interface PilotService {

  /**
   * Registers the pilot plan and starts the pilot. Digital office staff only; refused while
   * conditions of a conditional go are open.
   */
  PilotPlanResponse plan(long modelId, PilotPlanRequest request);

  /** A leader ends a running pilot before its end date; the evaluation follows at once. */
  void endEarly(long modelId, String reason);

  /** The model's current pilot plan, if it has one. */
  Optional<PilotPlanResponse> currentPlan(long modelId);

  /** Closes a condition of a conditional go. Its owner only. */
  ConditionResponse closeCondition(long modelId, long conditionId);
}
