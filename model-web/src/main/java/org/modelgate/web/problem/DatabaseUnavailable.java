package org.modelgate.web.problem;

import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.transaction.xa.XAException;

/**
 * Recognises a failure that means "the database cannot be reached" rather than a bug or a refused
 * statement: the pool could not allocate a connection, the driver reports a connection failure
 * (SQLSTATE class 08, {@link ConnectException}, the JDBC connection exceptions) or an operator
 * intervention such as a shutdown (57P01–57P03). Seen in the fault test with the database stopped
 * under load (docs/RELIABILITY.md); the engine (MyBatis) and JPA (EclipseLink) both keep the
 * driver's exception in the cause chain.
 *
 * <p>A commit that fails inside the transaction manager is the one place where the driver's
 * exception is lost: Payara's connector turns it into an {@link XAException} carrying only the text
 * of the driver's message. Such a failure counts as an outage only when that text is a connection
 * failure (PostgreSQL's {@code FATAL:} severity, a closed or broken connection), never for a
 * constraint or any other {@code ERROR:} the database raised at commit — those stay 500s.
 */
public final class DatabaseUnavailable {

  /** What the client is told to wait before retrying, in seconds. */
  public static final String RETRY_AFTER_SECONDS = "5";

  /** Connection failures as the drivers word them, where only a message survived. */
  private static final Pattern CONNECTION_FAILURE_TEXT =
      Pattern.compile(
          "\\bFATAL\\b|connection (has been |is )?(closed|broken|refused|reset)|connection attempt failed"
              + "|i/o error|database is already closed|could not allocate|terminating connection",
          Pattern.CASE_INSENSITIVE);

  private DatabaseUnavailable() {}

  public static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResourceAllocationException
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
      if (cause instanceof XAException xa
          && xa.getCause() == null
          && (xa.errorCode == XAException.XAER_RMFAIL || connectionFailureText(xa.getMessage()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean connectionFailureText(String message) {
    return message != null
        && CONNECTION_FAILURE_TEXT.matcher(message.toLowerCase(Locale.ROOT)).find()
        && !message.contains("ERROR:");
  }
}
