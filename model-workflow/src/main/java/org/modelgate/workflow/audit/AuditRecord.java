package org.modelgate.workflow.audit;

/**
 * What to write into the audit trail: who did what to which entity, the state before and after, and
 * a detail for people.
 */
public record AuditRecord(
    String actor,
    String action,
    String entityType,
    String entityId,
    Long modelId,
    String before,
    String after,
    String detail) {

  /** The actor of things the engine does on its own (timers). */
  public static final String SYSTEM = "system";

  /** A change to a supervision model. */
  public static AuditRecord onModel(
      String actor, String action, long modelId, String before, String after, String detail) {
    return new AuditRecord(
        actor, action, "SupervisionModel", String.valueOf(modelId), modelId, before, after, detail);
  }
}
