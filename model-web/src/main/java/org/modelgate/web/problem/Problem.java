package org.modelgate.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.modelgate.api.failure.FieldViolation;

/**
 * An RFC 9457 problem detail. {@code code} names the refusal for programs (stable, e.g. {@code
 * input.invalid}; absent where none is assigned yet); {@code errors} lists the broken input rules;
 * {@code incident} lets support find the log entry of an unexpected failure without showing it to
 * the user.
 */
@JsonbPropertyOrder({"type", "title", "status", "code", "detail", "errors", "incident"})
public record Problem(
    URI type,
    String title,
    int status,
    String code,
    String detail,
    List<FieldViolation> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSONB = JsonbBuilder.create();

  public static Problem of(ProblemType type, String detail) {
    return of(type, type.status(), detail);
  }

  public static Problem of(ProblemType type, int status, String detail) {
    return new Problem(type.uri(), type.title(), status, null, detail, null, null);
  }

  public Problem withCode(String problemCode) {
    return new Problem(type, title, status, problemCode, detail, errors, incident);
  }

  public Problem withErrors(List<FieldViolation> fieldErrors) {
    return new Problem(type, title, status, code, detail, List.copyOf(fieldErrors), incident);
  }

  public Problem withIncident(String incidentId) {
    return new Problem(type, title, status, code, detail, errors, incidentId);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** For the places outside JAX-RS (authentication, servlet filters). */
  public void write(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONB.toJson(this));
    response.flushBuffer();
  }
}
