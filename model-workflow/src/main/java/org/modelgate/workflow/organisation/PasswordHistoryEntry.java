package org.modelgate.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of a password a user had before, so that a change does not go back to it. */
@Entity
@Table(name = "mg_password_history")
public class PasswordHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_password_history")
  @SequenceGenerator(
      name = "mg_password_history",
      sequenceName = "mg_password_history_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "replaced_at", nullable = false)
  private Instant replacedAt;

  protected PasswordHistoryEntry() {}

  public PasswordHistoryEntry(Long userId, String passwordHash, Instant replacedAt) {
    this.userId = userId;
    this.passwordHash = passwordHash;
    this.replacedAt = replacedAt;
  }

  public Long getId() {
    return id;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
