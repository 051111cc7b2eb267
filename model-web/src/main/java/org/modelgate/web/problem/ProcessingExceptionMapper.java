package org.modelgate.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JSON reader could not turn into the request record. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return BodyReadingProblems.problemFor(exception)
        .orElseGet(() -> UnexpectedFailureMapper.incident(exception))
        .toResponse();
  }
}
