package org.modelgate.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void shouldRecogniseAStoppedDatabaseAnywhereInTheCauseChain() {
    var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
    assertThat(DatabaseUnavailable.causes(new PersistenceException("flush", shutdown))).isTrue();
    var refused =
        new SQLException(
            "Error in allocating a connection",
            new ResourceAllocationException("refused", new ConnectException("Connection refused")));
    assertThat(DatabaseUnavailable.causes(new RuntimeException(refused))).isTrue();
    var closed = new SQLException("This connection has been closed.", "08003");
    assertThat(DatabaseUnavailable.causes(new IllegalStateException(closed))).isTrue();
    var commit = new jakarta.transaction.SystemException();
    commit.initCause(new javax.transaction.xa.XAException("LocalTransactionException: FATAL"));
    assertThat(
            DatabaseUnavailable.causes(
                new jakarta.transaction.TransactionalException("commit failed", commit)))
        .isTrue();
  }

  @Test
  void shouldNotTakeOtherDatabaseErrorsForAnOutage() {
    var unique = new SQLException("duplicate key value violates unique constraint", "23505");
    assertThat(DatabaseUnavailable.causes(new PersistenceException(unique))).isFalse();
    assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
  }

  @Test
  void shouldNotTakeACommitTheDatabaseRefusedForAnOutage() {
    var commit = new jakarta.transaction.SystemException();
    commit.initCause(
        new javax.transaction.xa.XAException(
            "LocalTransactionException: ERROR: duplicate key value violates unique constraint"
                + " \"uq_clue_ref\""));
    assertThat(
            DatabaseUnavailable.causes(
                new jakarta.transaction.TransactionalException("commit failed", commit)))
        .isFalse();
    assertThat(DatabaseUnavailable.causes(new jakarta.transaction.SystemException("timeout")))
        .isFalse();
    assertThat(DatabaseUnavailable.causes(new jakarta.resource.ResourceException("bad config")))
        .isFalse();
  }

  @Test
  void shouldTakeLostRacesForConflictsAndNothingElse() {
    var flush = new jakarta.persistence.OptimisticLockException("row changed");
    var atCommit = new jakarta.persistence.RollbackException(new OptimisticLockException());
    var serialization = new SQLException("could not serialize access", "40001");

    assertThat(ConcurrentChange.causes(flush)).isTrue();
    assertThat(ConcurrentChange.causes(atCommit)).isTrue();
    assertThat(ConcurrentChange.causes(new PersistenceException(serialization))).isTrue();
    assertThat(ConcurrentChange.causes(new PersistenceException(new SQLException("x", "23505"))))
        .isFalse();
  }

  /** Stands for EclipseLink's exception of the same simple name. */
  private static final class OptimisticLockException extends RuntimeException {}
}
