package org.modelgate.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the audit chain: the last sequence number and hash. Locked while appending. */
@Entity
@Table(name = "mg_audit_head")
public class AuditHead {

  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditHead() {}

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(AuditEntry entry) {
    this.lastSeq = entry.seq();
    this.lastHash = entry.hash();
  }
}
