package org.modelgate.api.incident;

import java.time.Instant;

/**
 * A failed job of a model's process: where it stopped and why.
 *
 * @param id the incident
 * @param modelId the model whose process it is
 * @param modelTitle that model's title
 * @param step the BPMN element id of the step that failed, e.g. {@code ServiceTask_ListInLibrary}
 * @param error the failure's message
 * @param retriesLeft the job's retries left (0 for an incident)
 * @param since when the incident was raised
 */
public record IncidentResponse(
    String id,
    Long modelId,
    String modelTitle,
    String step,
    String error,
    int retriesLeft,
    Instant since) {}
