package org.modelgate.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures raised by the JAX-RS runtime (unknown path, wrong method or media type, unreadable body)
 * as problems instead of the runtime's HTML pages.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    return BodyReadingProblems.problemFor(exception)
        .orElseGet(
            () ->
                Problem.of(
                    ProblemType.forStatus(status), status, codeFor(status), "status", status))
        .toResponse();
  }

  /** The code of a status the runtime raised, e.g. {@code http.not-found}. */
  static String codeFor(int status) {
    return switch (status) {
      case 400 -> "http.bad-request";
      case 404 -> "http.not-found";
      case 405 -> "http.method-not-allowed";
      case 406 -> "http.not-acceptable";
      case 415 -> "http.unsupported-media-type";
      default -> "http.status";
    };
  }
}
