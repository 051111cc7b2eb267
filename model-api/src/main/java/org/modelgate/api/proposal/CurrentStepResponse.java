package org.modelgate.api.proposal;

import java.time.Instant;
import java.util.List;

/**
 * A step the model waits at now and who holds it, answered by {@code GET
 * /api/models/{id}/current-steps}. A step is held by a person ({@code assignee}) or offered to a
 * group of people ({@code candidateGroups}, role names such as {@code staff}), narrowed to a unit
 * where the step is one unit's (an adoption confirmation).
 *
 * @param elementId the BPMN element, e.g. {@code Task_ScreenProposal}
 * @param name the element's name in the process
 * @param assignee the username of the person who holds it, if any
 * @param assigneeName that person's display name
 * @param candidateGroups the roles the step is offered to while nobody holds it
 * @param unitName the unit the step is offered to, when it is one unit's
 * @param unitNameEn that unit's English name
 * @param since when the model reached the step
 * @param dueAt when it is due, if it has a due date
 */
public record CurrentStepResponse(
    String elementId,
    String name,
    String assignee,
    String assigneeName,
    List<String> candidateGroups,
    String unitName,
    String unitNameEn,
    Instant since,
    Instant dueAt) {}
