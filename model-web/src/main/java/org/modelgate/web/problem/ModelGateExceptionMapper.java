package org.modelgate.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Stream;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.failure.ModelGateException;
import org.modelgate.api.failure.PasswordChangeRequiredException;
import org.modelgate.api.failure.StaleVersionException;

/**
 * The business failures of the services, each family to its status, with the service's code and
 * arguments ({@link ProblemWording} words them).
 */
@Provider
public class ModelGateExceptionMapper implements ExceptionMapper<ModelGateException> {

  @Override
  public Response toResponse(ModelGateException exception) {
    return problemFor(exception).toResponse();
  }

  static Problem problemFor(ModelGateException exception) {
    ProblemType type =
        switch (exception) {
          case InvalidInputException invalid -> ProblemType.VALIDATION;
          case AccessDeniedException denied -> ProblemType.FORBIDDEN;
          case PasswordChangeRequiredException pending -> ProblemType.PASSWORD_CHANGE_REQUIRED;
          case EntityNotFoundException missing -> ProblemType.NOT_FOUND;
          case StaleVersionException stale -> ProblemType.PRECONDITION_FAILED;
          case LifecycleViolationException conflict -> ProblemType.CONFLICT;
          default -> ProblemType.HTTP;
        };
    Problem problem =
        exception.code() == null
            ? Problem.of(type, exception.getMessage())
            : Problem.of(type, exception.code(), flatten(exception.args()));
    return exception instanceof InvalidInputException invalid
        ? problem.withErrors(invalid.violations())
        : problem;
  }

  private static Object[] flatten(Map<String, Object> args) {
    return args.entrySet().stream()
        .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()))
        .toArray();
  }
}
