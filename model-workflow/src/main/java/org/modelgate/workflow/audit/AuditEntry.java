package org.modelgate.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
   * where there is a code, so that entries written before they existed keep their hashes.
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
    if (detailCode == null) {
      return fields;
    }
    Object[] withLine = java.util.Arrays.copyOf(fields, fields.length + 2);
    withLine[fields.length] = detailCode;
    withLine[fields.length + 1] = detailArgs;
    return withLine;
  }

  String actor() {
    return actor;
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
        subject);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
