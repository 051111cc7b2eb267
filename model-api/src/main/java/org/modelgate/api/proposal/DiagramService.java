package org.modelgate.api.proposal;

/** The lifecycle diagram of a model with the elements it has passed and waits at. */
public interface DiagramService {

  /** The diagram, if the caller may see the model. */
  ProcessDiagramResponse diagram(long modelId);
}
