package org.modelgate.api.proposal;

import java.util.List;

/**
 * Where a model stands on its lifecycle diagram, answered by {@code GET /api/models/{id}/diagram}.
 *
 * @param bpmnXml the BPMN 2.0 XML of the process version the model runs (the current version for a
 *     draft that has not started one)
 * @param completedElements ids of the elements the model has passed, in the order first entered
 * @param activeElements ids of the elements the model waits at now
 * @param completedSteps who completed each passed element and when, for the diagram's tooltips
 */
public record ProcessDiagramResponse(
    String bpmnXml,
    List<String> completedElements,
    List<String> activeElements,
    List<CompletedStepResponse> completedSteps) {}
