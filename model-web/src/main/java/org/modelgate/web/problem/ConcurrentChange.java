package org.modelgate.web.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Recognises a write that lost a race with another one: JPA's optimistic lock (raised by {@code
 * flush}, or found at commit and then wrapped in a {@code RollbackException} whose cause is the
 * provider's own {@code OptimisticLockException}), or the database's serialization failure or
 * deadlock (SQLSTATE 40001, 40P01). The client may reload and try again: 409, not an incident.
 */
public final class ConcurrentChange {

  private static final String PROVIDER_EXCEPTION = "OptimisticLockException";

  private ConcurrentChange() {}

  public static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          // EclipseLink's org.eclipse.persistence.exceptions.OptimisticLockException, which the
          // application does not compile against
          || cause.getClass().getSimpleName().equals(PROVIDER_EXCEPTION)) {
        return true;
      }
      if (cause instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The answer: 409, reload and retry. */
  public static Problem problem() {
    return Problem.of(ProblemType.CONFLICT, "conflict.concurrent-change");
  }
}
