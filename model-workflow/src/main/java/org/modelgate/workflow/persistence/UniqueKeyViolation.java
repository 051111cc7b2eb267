package org.modelgate.workflow.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the violation of one named unique constraint in a failure's cause chain: SQLSTATE
 * 23505 (H2 and PostgreSQL alike) whose message names the constraint (PostgreSQL: {@code unique
 * constraint "uq_clue_ref"}, H2: {@code Unique index or primary key violation: "PUBLIC.UQ_CLUE_REF
 * ..."}). Any other failure is not this one and must not be answered as if it were.
 */
public final class UniqueKeyViolation {

  /** SQLSTATE of a unique-key violation (SQL standard, used by H2 and PostgreSQL). */
  public static final String SQL_STATE = "23505";

  private UniqueKeyViolation() {}

  /** Whether {@code failure} was caused by a violation of the constraint named {@code name}. */
  public static boolean of(Throwable failure, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (SQLException sql = firstUniqueViolation(failure); sql != null; ) {
      if (String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
      SQLException next = sql.getNextException();
      sql = next != null && SQL_STATE.equals(next.getSQLState()) ? next : null;
    }
    return false;
  }

  /** Whether {@code failure} was caused by a violation of any unique key. */
  public static boolean any(Throwable failure) {
    return firstUniqueViolation(failure) != null;
  }

  private static SQLException firstUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
        return sql;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
