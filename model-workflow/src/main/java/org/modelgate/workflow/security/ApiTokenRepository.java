package org.modelgate.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal access tokens and the addresses they were used from. */
@ApplicationScoped
public class ApiTokenRepository {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  public ApiToken add(ApiToken token) {
    em.persist(token);
    em.flush();
    return token;
  }

  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  /** The token with this digest, with its owner, unit and roles in one statement. */
  public Optional<ApiToken> findByDigest(String digest) {
    return em.createQuery(
            "select t from ApiToken t join fetch t.user u join fetch u.unit left join fetch u.roles"
                + " where t.secretDigest = :digest",
            ApiToken.class)
        .setParameter("digest", digest)
        .getResultStream()
        .findFirst();
  }

  /** A user's tokens, newest first. */
  public List<ApiToken> ofUser(long userId) {
    return em.createQuery(
            "select t from ApiToken t where t.user.id = :user order by t.createdAt desc, t.id desc",
            ApiToken.class)
        .setParameter("user", userId)
        .getResultList();
  }

  /** The newest tokens of all users. */
  public List<ApiToken> all(int max) {
    return em.createQuery(
            "select t from ApiToken t order by t.createdAt desc, t.id desc", ApiToken.class)
        .setMaxResults(max)
        .getResultList();
  }

  public boolean usedFrom(long tokenId, String address) {
    return !em.createQuery(
            "select a.firstSeen from ApiTokenAddress a"
                + " where a.tokenId = :token and a.address = :address",
            Instant.class)
        .setParameter("token", tokenId)
        .setParameter("address", address)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Records a first use from an address; a concurrent first use fails here on the primary key. */
  public void addAddress(long tokenId, String address, Instant at) {
    em.persist(new ApiTokenAddress(tokenId, address, at));
    em.flush();
  }

  /** Notes the latest use without loading the row into the persistence context. */
  public void touch(long tokenId, String address, Instant at) {
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :at, t.lastUsedFrom = :address where t.id = :id")
        .setParameter("at", at)
        .setParameter("address", address)
        .setParameter("id", tokenId)
        .executeUpdate();
  }
}
