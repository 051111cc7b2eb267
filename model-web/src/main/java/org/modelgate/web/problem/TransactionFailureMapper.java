package org.modelgate.web.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} service whose commit failed. Jersey brings a mapper of its own for this
 * type, which threw when the database had gone away mid-commit and left the client an HTML 500 page
 * (fault test with the database stopped, docs/RELIABILITY.md); this one takes precedence and
 * answers like every other failure: the business problem it wraps, 503 when the database is
 * unavailable, otherwise an incident.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException exception) {
    return new UnexpectedFailureMapper().toResponse(exception);
  }
}
