package org.modelgate.web.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.modelgate.api.failure.ModelGateException;

/**
 * Last resort. A business failure wrapped by a container (EJB, transaction) is unwrapped and
 * answered as itself; a database that cannot be reached is answered 503 with {@code Retry-After};
 * anything else is a bug: logged with an incident id, answered 500 with that id and nothing else.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ModelGateException known) {
        return ModelGateExceptionMapper.problemFor(known).toResponse();
      }
      if (cause instanceof ConstraintViolationException invalid) {
        return new ConstraintViolationMapper().toResponse(invalid);
      }
    }
    if (ConcurrentChange.causes(exception)) {
      LOG.info(() -> "Concurrent change refused: " + exception);
      return ConcurrentChange.problem().toResponse();
    }
    if (DatabaseUnavailable.causes(exception)) {
      // Nothing was written (the transaction could not run or commit); the client may retry.
      LOG.warning(() -> "Database unavailable: " + exception);
      return Response.fromResponse(databaseUnavailable().toResponse())
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .build();
    }
    return BodyReadingProblems.problemFor(exception)
        .orElseGet(() -> incident(exception))
        .toResponse();
  }

  /** The answer to an outage: 503, retry after {@link DatabaseUnavailable#RETRY_AFTER_SECONDS}. */
  public static Problem databaseUnavailable() {
    return Problem.of(
        ProblemType.SERVICE_UNAVAILABLE,
        "service.database-unavailable",
        "retryAfter",
        DatabaseUnavailable.RETRY_AFTER_SECONDS);
  }

  public static Problem incident(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, exception);
    return Problem.of(ProblemType.INTERNAL, "internal.incident", "incident", incident)
        .withIncident(incident);
  }
}
