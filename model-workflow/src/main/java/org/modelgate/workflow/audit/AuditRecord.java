package org.modelgate.workflow.audit;

/**
 * What to write into the audit trail: who did what to which entity, the state before and after, and
 * a detail for people.
 *
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
    String onBehalfOf) {

  /** The actor of things the engine does on its own (timers). */
  public static final String SYSTEM = "system";

  /** Something the actor did in their own right. */
  public AuditRecord(
      String actor,
      String action,
      String entityType,
      String entityId,
      Long modelId,
      String before,
      String after,
      String detail) {
    this(actor, action, entityType, entityId, modelId, before, after, detail, null);
  }

  /** A change to a supervision model. */
  public static AuditRecord onModel(
      String actor, String action, long modelId, String before, String after, String detail) {
    return new AuditRecord(
        actor, action, "SupervisionModel", String.valueOf(modelId), modelId, before, after, detail);
  }

  /** The same record, done by the actor as substitute of {@code absent} (null: in own right). */
  public AuditRecord onBehalfOf(String absent) {
    return new AuditRecord(
        actor, action, entityType, entityId, modelId, before, after, detail, absent);
  }
}
