package org.modelgate.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import org.modelgate.api.proposal.HistoryEntryResponse;

/** One entry of the audit trail. Created once, never changed. */
@Entity
@Table(name = "mg_audit_entry")
public class AuditEntry {

  static final String DONE = "DONE";
  static final String DENIED = "DENIED";

  @Id private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(nullable = false, length = 64, updatable = false)
  private String action;

  @Column(nullable = false, length = 16, updatable = false)
  private String outcome;

  @Column(name = "entity_type", nullable = false, length = 64, updatable = false)
  private String entityType;

  @Column(name = "entity_id", length = 64, updatable = false)
  private String entityId;

  @Column(name = "model_id", updatable = false)
  private Long modelId;

  @Column(name = "before_state", length = 4000, updatable = false)
  private String before;

  @Column(name = "after_state", length = 4000, updatable = false)
  private String after;

  @Column(length = 4000, updatable = false)
  private String detail;

  /** The system's line as a code (see {@link AuditRecord#code()}); null in entries before V15. */
  @Column(name = "detail_code", length = 64, updatable = false)
  private String detailCode;

  /** The code's arguments as JSON ({@link AuditArgs}). */
  @Column(name = "detail_args", length = 4000, updatable = false)
  private String detailArgs;

  /** The absent person the actor stood in for as substitute; null when acting in own right. */
  @Column(name = "on_behalf_of", length = 64, updatable = false)
  private String onBehalfOf;

  @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
  private String prevHash;

  @Column(nullable = false, length = 64, updatable = false)
  private String hash;

  protected AuditEntry() {}

  AuditEntry(long seq, Instant occurredAt, String outcome, AuditRecord record, String prevHash) {
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.outcome = outcome;
    this.actor = clip(record.actor(), 64);
    this.action = clip(record.action(), 64);
    this.entityType = clip(record.entityType(), 64);
    this.entityId = clip(record.entityId(), 64);
    this.modelId = record.modelId();
    this.before = clip(record.before(), 4000);
    this.after = clip(record.after(), 4000);
    this.detail = clip(record.detail(), 4000);
    this.detailCode = clip(record.code(), 64);
    this.detailArgs = record.code() == null ? null : AuditArgs.encode(record.args());
    if (detailArgs != null && detailArgs.length() > 4000) {
      throw new IllegalArgumentException(
          "the arguments of " + record.code() + " exceed 4000 characters: " + detailArgs.length());
    }
    this.onBehalfOf = clip(record.onBehalfOf(), 64);
    this.prevHash = prevHash;
    this.hash = AuditChain.hash(this);
  }

  long seq() {
    return seq;
  }

  String prevHash() {
    return prevHash;
  }

  String hash() {
    return hash;
  }

  /**
   * The fields the hash covers, in a fixed order. The system line's code and arguments follow only
   * where there is a code or a substitute's principal, and the principal only where there is one,
   * so that entries written before they existed keep their hashes.
   */
  Object[] hashedFields() {
    Object[] fields = {
      seq,
      occurredAt,
      actor,
      action,
      outcome,
      entityType,
      entityId,
      modelId,
      before,
      after,
      detail,
      prevHash
    };
    if (detailCode == null && onBehalfOf == null) {
      return fields;
    }
    Object[] withLine = Arrays.copyOf(fields, fields.length + (onBehalfOf == null ? 2 : 3));
    withLine[fields.length] = detailCode;
    withLine[fields.length + 1] = detailArgs;
    if (onBehalfOf != null) {
      withLine[fields.length + 2] = onBehalfOf;
    }
    return withLine;
  }

  String actor() {
    return actor;
  }

  String onBehalfOf() {
    return onBehalfOf;
  }

  String entityType() {
    return entityType;
  }

  String entityId() {
    return entityId;
  }

  /**
   * The entry as a model's history shows it, with the actor's name and unit and the subject for
   * people (all looked up by the caller, who reads many entries at once).
   */
  HistoryEntryResponse toHistory(
      String actorName, String actorUnit, String actorUnitCode, String subject) {
    return toHistory(actorName, actorUnit, actorUnitCode, subject, null);
  }

  /** As above, with the display name of the absent person the actor stood in for, if any. */
  HistoryEntryResponse toHistory(
      String actorName,
      String actorUnit,
      String actorUnitCode,
      String subject,
      String onBehalfOfName) {
    return new HistoryEntryResponse(
        occurredAt,
        actor,
        actorName,
        actorUnit,
        actorUnitCode,
        action,
        outcome,
        before,
        after,
        detailCode == null ? LegacyLines.detail(action, after, detail) : detail,
        detailCode,
        AuditArgs.decode(detailArgs),
        entityType,
        subject,
        onBehalfOf,
        onBehalfOfName);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
