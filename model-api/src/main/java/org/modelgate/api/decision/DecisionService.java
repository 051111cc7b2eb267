package org.modelgate.api.decision;

import java.util.List;
import java.util.Optional;

/** Gate decisions on a model. */
public interface DecisionService {

  /**
   * The presiding leader rules on a model after its forum. Exactly one ruling per review round: a
   * second, concurrent one is refused as a conflict.
   */
  DecisionResponse rule(long modelId, RulingRequest request);

  /**
   * The leader decides after the pilot, with the evaluation's recommendation and the funnel as
   * evidence. One decision per evaluation: a concurrent second one is refused as a conflict.
   */
  DecisionResponse decidePilot(long modelId, PilotDecisionRequest request);

  /**
   * The evaluation's recommendation while the pilot decision is pending (empty otherwise), for
   * whoever may see the model.
   */
  Optional<PilotRecommendation> pendingRecommendation(long modelId);

  /** The model's decision records, oldest first. */
  List<DecisionResponse> decisions(long modelId);
}
