package org.modelgate.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;

/**
 * An RFC 9457 problem detail. {@code code} names the refusal for programs (stable, e.g. {@code
 * model.not-withdrawable}) and {@code args} its arguments; {@code title} and {@code detail} word
 * them for people in the caller's language ({@link #worded}); {@code errors} lists the broken input
 * rules; {@code incident} lets support find the log entry of an unexpected failure without showing
 * it to the user.
 */
@JsonbPropertyOrder({"type", "title", "status", "code", "args", "detail", "errors", "incident"})
public record Problem(
    URI type,
    String title,
    int status,
    String code,
    Map<String, Object> args,
    String detail,
    List<FieldViolation> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A refusal with its code and arguments (name, value, name, value, …), worded later. */
  public static Problem of(ProblemType type, String code, Object... keysAndValues) {
    return of(type, type.status(), code, keysAndValues);
  }

  /** The same with a status other than the type's (a plain HTTP status). */
  public static Problem of(ProblemType type, int status, String code, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    if (!ProblemTexts.isCode(code)) {
      // Transitional: a detail already worded (see NoChineseLiteralsTest for who still does it).
      return new Problem(type.uri(), null, status, type.code(), null, code, null, null);
    }
    return new Problem(
        type.uri(), null, status, code, Collections.unmodifiableMap(args), null, null, null);
  }

  /**
   * Broken input rules: 400, code {@code input.invalid} with the fields named (each once, in the
   * order of their rules), the rules in {@code errors}.
   */
  public static Problem invalid(List<FieldViolation> violations) {
    return of(
            ProblemType.VALIDATION,
            "input.invalid",
            "fields",
            violations.stream().map(FieldViolation::field).distinct().toList())
        .withErrors(violations);
  }

  public Problem withErrors(List<FieldViolation> fieldErrors) {
    return new Problem(type, title, status, code, args, detail, List.copyOf(fieldErrors), incident);
  }

  public Problem withIncident(String incidentId) {
    return new Problem(type, title, status, code, args, detail, errors, incidentId);
  }

  /**
   * The problem worded in {@code locale}'s language: the title from its type, the detail from its
   * code and arguments (unless already worded), each field error's message from its code.
   */
  public Problem worded(Locale locale) {
    String slug = type.toString().substring(type.toString().lastIndexOf('/') + 1);
    String wordedTitle = ProblemTexts.title(locale, slug);
    String wordedDetail =
        detail != null ? detail : code == null ? null : ProblemTexts.word(locale, code, args);
    List<FieldViolation> wordedErrors =
        errors == null ? null : errors.stream().map(e -> ProblemTexts.word(locale, e)).toList();
    return new Problem(type, wordedTitle, status, code, args, wordedDetail, wordedErrors, incident);
  }

  /** The response; {@link ProblemWording} words it in the caller's language on its way out. */
  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** For the places outside JAX-RS (authentication, servlet filters). */
  public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Json.B.toJson(worded(locale(request))));
    response.flushBuffer();
  }

  /**
   * The caller's language. Without an {@code Accept-Language} header the servlet API answers the
   * server's default locale, which is not the caller's choice: then Chinese, as for JAX-RS.
   */
  private static Locale locale(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? ProblemTexts.locale(List.of())
        : ProblemTexts.locale(Collections.list(request.getLocales()));
  }

  /** The JSON-B instance of {@link #write}, made when first needed. */
  private static final class Json {
    static final Jsonb B = JsonbBuilder.create();
  }
}
