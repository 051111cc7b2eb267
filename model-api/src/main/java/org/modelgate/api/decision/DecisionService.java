package org.modelgate.api.decision;

import java.util.List;

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

  /** The model's decision records, oldest first. */
  List<DecisionResponse> decisions(long modelId);
}
