package org.modelgate.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B could not bind: unknown field or wrong type. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return BodyReadingProblems.problemFor(exception)
        .orElseGet(() -> UnexpectedFailureMapper.incident(exception))
        .toResponse();
  }
}
