package org.modelgate.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.failure.ModelGateException;
import org.modelgate.api.failure.PasswordChangeRequiredException;
import org.modelgate.api.failure.StaleVersionException;

/** The business failures of the services, each family to its status. */
@Provider
public class ModelGateExceptionMapper implements ExceptionMapper<ModelGateException> {

  @Override
  public Response toResponse(ModelGateException exception) {
    return problemFor(exception).toResponse();
  }

  static Problem problemFor(ModelGateException exception) {
    return switch (exception) {
      case InvalidInputException invalid ->
          Problem.of(ProblemType.VALIDATION, invalid.getMessage()).withErrors(invalid.violations());
      case AccessDeniedException denied -> Problem.of(ProblemType.FORBIDDEN, denied.getMessage());
      case PasswordChangeRequiredException pending ->
          Problem.of(ProblemType.PASSWORD_CHANGE_REQUIRED, pending.getMessage());
      case EntityNotFoundException missing ->
          Problem.of(ProblemType.NOT_FOUND, missing.getMessage());
      case StaleVersionException stale ->
          Problem.of(ProblemType.PRECONDITION_FAILED, stale.getMessage());
      case LifecycleViolationException conflict ->
          Problem.of(ProblemType.CONFLICT, conflict.getMessage());
      default -> Problem.of(ProblemType.HTTP, exception.getMessage());
    };
  }
}
