package org.modelgate.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The sign-in throttle's counts, one row per account or address. Each call runs in a transaction of
 * its own: a refused sign-in must still be counted, and no request's rollback may undo it. Windows
 * that have run out are deleted whenever a failure is counted.
 */
@ApplicationScoped
public class SignInWindows {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  /** Failures per key in windows that opened after {@code openedAfter}; keys without any absent. */
  @Transactional(TxType.REQUIRES_NEW)
  public Map<String, Integer> failures(Collection<String> keys, Instant openedAfter) {
    Map<String, Integer> failures = new HashMap<>();
    em.createQuery(
            "select w.key, w.failures from SignInWindow w"
                + " where w.key in :keys and w.windowStart > :after",
            Object[].class)
        .setParameter("keys", keys)
        .setParameter("after", openedAfter)
        .getResultList()
        .forEach(row -> failures.put((String) row[0], ((Number) row[1]).intValue()));
    return failures;
  }

  /**
   * Counts one failure for the key: in its open window, or in a new one from {@code now}. Two nodes
   * opening the same window at once collide on the primary key; the loser's {@code
   * PersistenceException} tells the caller to count again, which then finds the row.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void count(String key, Instant now, Instant openedAfter) {
    em.createQuery("delete from SignInWindow w where w.windowStart <= :after")
        .setParameter("after", openedAfter)
        .executeUpdate();
    int counted =
        em.createQuery("update SignInWindow w set w.failures = w.failures + 1 where w.key = :key")
            .setParameter("key", key)
            .executeUpdate();
    if (counted == 0) {
      em.persist(new SignInWindow(key, now, 1));
      em.flush();
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void forget(String key) {
    em.createQuery("delete from SignInWindow w where w.key = :key")
        .setParameter("key", key)
        .executeUpdate();
  }

  /** Deletes every window that opened at or before {@code openedAfter}; answers how many. */
  @Transactional(TxType.REQUIRES_NEW)
  public int forgetExpired(Instant openedAfter) {
    return em.createQuery("delete from SignInWindow w where w.windowStart <= :after")
        .setParameter("after", openedAfter)
        .executeUpdate();
  }
}
