package org.modelgate.workflow.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A client address a token has been used from; the first use from each one is audited. */
@Entity
@Table(name = "mg_api_token_address")
@IdClass(ApiTokenAddress.Key.class)
public class ApiTokenAddress {

  /** Token and address identify a row. */
  public static class Key implements Serializable {
    private Long tokenId;
    private String address;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(tokenId, that.tokenId)
          && Objects.equals(address, that.address);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tokenId, address);
    }
  }

  @Id
  @Column(name = "token_id")
  private Long tokenId;

  @Id
  @Column(length = 64)
  private String address;

  @Column(name = "first_seen", nullable = false)
  private Instant firstSeen;

  protected ApiTokenAddress() {}

  public ApiTokenAddress(long tokenId, String address, Instant firstSeen) {
    this.tokenId = tokenId;
    this.address = address;
    this.firstSeen = firstSeen;
  }
}
