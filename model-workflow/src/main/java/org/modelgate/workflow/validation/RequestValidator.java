package org.modelgate.workflow.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.modelgate.api.failure.InvalidInputException;

/**
 * Checks a request record's constraints in the service, so that the rules hold for every caller
 * (REST, pages, delegates) and not only where a resource asked for {@code @Valid}.
 */
@ApplicationScoped
public class RequestValidator {

  @Inject Validator validator;

  /** The request, if present and valid; otherwise a failure that names every broken field. */
  public <T> T valid(T request) {
    if (request == null) {
      throw InvalidInputException.of("body", "NotNull", "input.body-required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
