package org.modelgate.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.modelgate.api.failure.FieldViolation;

/**
 * Answers an API call whose {@code Content-Type} or {@code Accept} header cannot be parsed with 400
 * problem+json naming the header. Without it the JAX-RS runtime fails before any exception mapper
 * and the server's HTML error page goes out. Mapped in web.xml for {@code /api/*}.
 */
public class HeaderSyntaxFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<FieldViolation> broken = check(request);
    if (broken.isPresent()) {
      Problem.of(ProblemType.MALFORMED_HEADER, "header.malformed", "header", broken.get().field())
          .withErrors(List.of(broken.get()))
          .write(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static Optional<FieldViolation> check(HttpServletRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && !parses(contentType)) {
      return Optional.of(
          FieldViolation.of(
              "Content-Type",
              "media-type",
              "header.media-type",
              "header",
              "Content-Type",
              "value",
              contentType));
    }
    for (String accept : Collections.list(request.getHeaders("Accept"))) {
      for (String range : accept.split(",")) {
        if (!range.isBlank() && !parses(range.strip())) {
          return Optional.of(
              FieldViolation.of(
                  "Accept",
                  "media-range",
                  "header.media-range",
                  "header",
                  "Accept",
                  "value",
                  accept));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the JAX-RS runtime's own parser accepts the media type (a quality value included). */
  static boolean parses(String mediaType) {
    if (mediaType.split(";", 2)[0].strip().equals("*")) {
      return true; // "*" for "*/*", as java.net.HttpURLConnection sends by default
    }
    try {
      MediaType parsed = MediaType.valueOf(mediaType);
      return !parsed.getType().isEmpty() && !parsed.getSubtype().isEmpty();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
