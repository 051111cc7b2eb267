package org.modelgate.workflow.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Claims a key and stores the response in the transaction of the request itself, so that the action
 * and its stored result commit together: after a crash there is either both or neither.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** How long a key is remembered. */
  static final Duration RETENTION = Duration.ofHours(24);

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(TxType.SUPPORTS)
  public Optional<IdempotencyRecord> find(String username, String key) {
    return Optional.ofNullable(
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(username, key)));
  }

  /**
   * Inserts the key. A concurrent request with the same key waits here on the unique key until the
   * first commits, then fails with a duplicate key, and replays the stored result.
   */
  @Transactional(TxType.MANDATORY)
  public void claim(String username, String key, String fingerprint) {
    em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
        .setParameter("before", clock.instant().minus(RETENTION))
        .executeUpdate();
    em.persist(new IdempotencyRecord(username, key, fingerprint, clock.instant()));
    em.flush();
  }

  @Transactional(TxType.MANDATORY)
  public void complete(
      String username,
      String key,
      int status,
      String contentType,
      String location,
      String etag,
      byte[] body) {
    IdempotencyRecord record =
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(username, key));
    record.complete(status, contentType, location, etag, body);
    em.flush();
  }
}
