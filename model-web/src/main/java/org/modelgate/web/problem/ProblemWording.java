package org.modelgate.web.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Words every problem leaving through JAX-RS in the caller's language ({@code Accept-Language}:
 * English or Chinese, Chinese by default), whoever raised it.
 */
@Provider
public class ProblemWording implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Problem problem) {
      response.setEntity(
          problem.worded(ProblemTexts.locale(request.getAcceptableLanguages())),
          response.getEntityAnnotations(),
          response.getMediaType());
    }
  }
}
