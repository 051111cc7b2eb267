package org.modelgate.web.problem;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Recognises a failure that means "the database cannot be reached" rather than a bug: the pool
 * could not allocate or use a connection, or the driver reports a connection failure (SQLSTATE
 * class 08) or an operator intervention such as a shutdown (57P01–57P03). Seen in the fault test
 * with the database stopped under load (docs/RELIABILITY.md); the engine (MyBatis) and JPA
 * (EclipseLink) both keep the driver's exception in the cause chain.
 */
final class DatabaseUnavailable {

  /** What the client is told to wait before retrying, in seconds. */
  static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseUnavailable() {}

  static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResourceException
          || cause instanceof SystemException
          || cause instanceof XAException
          || cause instanceof ConnectException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
