package org.modelgate.workflow.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * A personal access token. Only the SHA-256 digest of its random value is kept: the value has 256
 * bits of entropy, so a fast digest is as safe as a slow hash and costs microseconds per call.
 * Revoked tokens stay for the record.
 */
@Entity
@Table(name = "mg_api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_api_token")
  @SequenceGenerator(name = "mg_api_token", sequenceName = "mg_api_token_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "secret_digest", nullable = false, unique = true, length = 64)
  private String secretDigest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_from", length = 64)
  private String lastUsedFrom;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  protected ApiToken() {}

  public ApiToken(
      UserAccount user, String name, String secretDigest, Instant createdAt, Instant expiresAt) {
    this.user = user;
    this.name = name;
    this.secretDigest = secretDigest;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the token itself works at {@code now}; the owner's account is checked apart. */
  public boolean isLiveAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  public void revoke(String by, Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
      revokedBy = by;
    }
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public String getLastUsedFrom() {
    return lastUsedFrom;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
