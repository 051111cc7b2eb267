package org.modelgate.api.decision;

import java.util.List;

/** Gate decisions on a model. */
public interface DecisionService {

  /**
   * The presiding leader rules on a model after its forum. Exactly one ruling per review round: a
   * second, concurrent one is refused as a conflict.
   */
  DecisionResponse rule(long modelId, RulingRequest request);

  /** The model's decision records, oldest first. */
  List<DecisionResponse> decisions(long modelId);
}
