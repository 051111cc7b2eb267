package org.modelgate.api.proposal;

import java.time.Instant;

/**
 * One line of a model's history: a state change, a decision, a comment or a refusal.
 *
 * @param actor the username, or {@code system} for what the engine did on its own
 * @param actorName the actor's display name (the username when the account is gone)
 * @param actorUnit the name of the actor's unit, if any
 * @param entityType what the entry is about: {@code SupervisionModel}, {@code Clue}, …
 * @param subject the entry's subject for people where it is not the model, e.g. a clue's number
 * @param onBehalfOf the username of the absent person the actor stood in for as substitute, if any
 * @param onBehalfOfName that person's display name
 */
public record HistoryEntryResponse(
    Instant at,
    String actor,
    String actorName,
    String actorUnit,
    String action,
    String outcome,
    String before,
    String after,
    String detail,
    String entityType,
    String subject,
    String onBehalfOf,
    String onBehalfOfName) {

  /** An entry of someone acting in their own right. */
  public HistoryEntryResponse(
      Instant at,
      String actor,
      String actorName,
      String actorUnit,
      String action,
      String outcome,
      String before,
      String after,
      String detail,
      String entityType,
      String subject) {
    this(
        at,
        actor,
        actorName,
        actorUnit,
        action,
        outcome,
        before,
        after,
        detail,
        entityType,
        subject,
        null,
        null);
  }
}
