package org.modelgate.api.proposal;

import java.util.List;

/** Where a model stands on its lifecycle: the diagram with what it passed, and what waits now. */
public interface DiagramService {

  /** The diagram, if the caller may see the model. */
  ProcessDiagramResponse diagram(long modelId);

  /**
   * The steps the model waits at now, with who holds each and by when, if the caller may see the
   * model; empty when its process has not started or has ended.
   */
  List<CurrentStepResponse> currentSteps(long modelId);
}
