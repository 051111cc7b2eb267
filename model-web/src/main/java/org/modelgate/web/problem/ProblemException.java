package org.modelgate.web.problem;

import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal decided at the edge (request body or parameter) that already knows its problem: the
 * strict JSON reader and the parameter converters throw it, {@link ProblemExceptionMapper} answers
 * it as it is.
 */
public class ProblemException extends WebApplicationException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), problem.status());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
