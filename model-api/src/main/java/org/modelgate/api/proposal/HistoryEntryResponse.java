package org.modelgate.api.proposal;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a model's history: a state change, a decision, a comment or a refusal. Nothing in it
 * is worded for people but what people wrote ({@code detail}): the action, the outcome, the states
 * and the system's line ({@code code} with {@code args}) are codes, worded in the reader's language
 * by whoever shows them.
 *
 * @param actor the username, or {@code system} for what the engine did on its own
 * @param actorName the actor's display name (the username when the account is gone)
 * @param actorUnit the name of the actor's unit, if any
 * @param actorUnitCode the code of the actor's unit, if any
 * @param action what was done, e.g. {@code SUBMIT}, {@code STAGE_CHANGED}, {@code ACCESS_DENIED}
 * @param outcome {@code DONE}, or {@code DENIED} for a refusal
 * @param before the state before as a code, e.g. a {@code Stage} or a row version; null if none
 * @param after the state after, e.g. a {@code Stage}, a {@code ScreeningOutcome}, a {@code
 *     ForumRuling}, a {@code PilotDecision}, an {@code AdoptionStatus} or a {@code ClueStatus}
 * @param detail what a person wrote with the action (a reason, a comment, a title); in entries
 *     written before codes, the system's own words
 * @param code the system's line about the entry, e.g. {@code history.attachment} or, for a refusal,
 *     the refusal's code ({@code access.creators-only}); null if it has none
 * @param args the code's named arguments, e.g. {@code {name: "a.pdf", bytes: 1024}}
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
    String actorUnitCode,
    String action,
    String outcome,
    String before,
    String after,
    String detail,
    String code,
    Map<String, Object> args,
    String entityType,
    String subject,
    String onBehalfOf,
    String onBehalfOfName) {

  public HistoryEntryResponse {
    args = args == null ? Map.of() : args;
  }

  /** An entry of someone acting in their own right. */
  public HistoryEntryResponse(
      Instant at,
      String actor,
      String actorName,
      String actorUnit,
      String actorUnitCode,
      String action,
      String outcome,
      String before,
      String after,
      String detail,
      String code,
      Map<String, Object> args,
      String entityType,
      String subject) {
    this(
        at,
        actor,
        actorName,
        actorUnit,
        actorUnitCode,
        action,
        outcome,
        before,
        after,
        detail,
        code,
        args,
        entityType,
        subject,
        null,
        null);
  }
}
