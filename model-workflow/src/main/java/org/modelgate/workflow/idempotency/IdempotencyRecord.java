package org.modelgate.workflow.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The first successful response to a request with an Idempotency-Key, per user and key, with a
 * fingerprint of the request so that a different request under the same key is recognised.
 */
@Entity
@Table(name = "mg_idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  /** User and key identify a record. */
  public static class Key implements Serializable {
    private String username;
    private String key;

    public Key() {}

    Key(String username, String key) {
      this.username = username;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(username, that.username)
          && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, key);
    }
  }

  @Id
  @Column(length = 64)
  private String username;

  @Id
  @Column(name = "idem_key", length = 200)
  private String key;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  /** 0 while the first request is still running in its transaction. */
  @Column(nullable = false)
  private int status;

  @Column(name = "content_type", length = 200)
  private String contentType;

  @Column(length = 2000)
  private String location;

  @Column(length = 200)
  private String etag;

  private byte[] body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String username, String key, String fingerprint, Instant createdAt) {
    this.username = username;
    this.key = key;
    this.fingerprint = fingerprint;
    this.createdAt = createdAt;
  }

  void complete(int status, String contentType, String location, String etag, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.etag = etag;
    this.body = body;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public String location() {
    return location;
  }

  public String etag() {
    return etag;
  }

  public byte[] body() {
    return body == null ? new byte[0] : body;
  }
}
