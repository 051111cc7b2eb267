package org.modelgate.workflow.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to write into the audit trail: who did what to which entity, the state before and after,
 * what a person wrote ({@code detail}: a reason, a comment, a title) and what the system has to say
 * about it as a {@code code} with named {@code args} (e.g. {@code history.attachment} with the
 * file's name and size), worded in the reader's language when the entry is read.
 *
 * @param before the state before, as a code or number (e.g. a {@code Stage} constant), not words
 * @param after the state after, likewise
 * @param detail text a person entered, or null; never a sentence of the system's
 * @param code what the system says about the entry, or null
 * @param args the code's named arguments: numbers, strings, enum constants, dates or lists of them
 * @param onBehalfOf the absent person the actor stood in for as their substitute, or null when the
 *     actor acted in their own right
 */
public record AuditRecord(
    String actor,
    String action,
    String entityType,
    String entityId,
    Long modelId,
    String before,
    String after,
    String detail,
    String code,
    Map<String, Object> args,
    String onBehalfOf) {

  /** The actor of things the engine does on its own (timers). */
  public static final String SYSTEM = "system";

  public AuditRecord {
    args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** An entry of someone acting in their own right. */
  public AuditRecord(
      String actor,
      String action,
      String entityType,
      String entityId,
      Long modelId,
      String before,
      String after,
      String detail,
      String code,
      Map<String, Object> args) {
    this(actor, action, entityType, entityId, modelId, before, after, detail, code, args, null);
  }

  /** An entry without a system line. */
  public AuditRecord(
      String actor,
      String action,
      String entityType,
      String entityId,
      Long modelId,
      String before,
      String after,
      String detail) {
    this(actor, action, entityType, entityId, modelId, before, after, detail, null, Map.of());
  }

  /** A change to a supervision model. */
  public static AuditRecord onModel(
      String actor, String action, long modelId, String before, String after, String detail) {
    return new AuditRecord(
        actor, action, "SupervisionModel", String.valueOf(modelId), modelId, before, after, detail);
  }

  /**
   * The same entry with the system's line as a code and its arguments (name, value, name, value,
   * …), e.g. {@code saying("history.attachment", "name", "a.pdf", "bytes", 1024)}.
   */
  public AuditRecord saying(String lineCode, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new AuditRecord(
        actor,
        action,
        entityType,
        entityId,
        modelId,
        before,
        after,
        detail,
        lineCode,
        map,
        onBehalfOf);
  }

  /** The same entry, done by the actor as substitute of {@code absent} (null: in own right). */
  public AuditRecord onBehalfOf(String absent) {
    return new AuditRecord(
        actor, action, entityType, entityId, modelId, before, after, detail, code, args, absent);
  }
}
