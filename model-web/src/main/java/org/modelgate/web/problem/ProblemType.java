package org.modelgate.web.problem;

import java.net.URI;

/**
 * The stable problem types ModelGate answers with. Their titles are the bundle's {@code
 * type.<slug>} ({@link ProblemTexts}).
 */
public enum ProblemType {
  VALIDATION("validation", 400),
  MALFORMED_BODY("malformed-body", 400),
  MALFORMED_HEADER("malformed-header", 400),
  UNAUTHENTICATED("unauthenticated", 401),
  FORBIDDEN("forbidden", 403),
  PASSWORD_CHANGE_REQUIRED("password-change-required", 403),
  NOT_FOUND("not-found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", 406),
  CONFLICT("conflict", 409),
  PRECONDITION_FAILED("stale-version", 412),
  PRECONDITION_REQUIRED("precondition-required", 428),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
  PAYLOAD_TOO_LARGE("payload-too-large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  TOO_MANY_SIGN_IN_FAILURES("too-many-sign-in-failures", 429),
  HTTP("http", 400),
  INTERNAL("internal", 500),
  SERVICE_UNAVAILABLE("service-unavailable", 503);

  private static final String BASE = "https://modelgate.org/problems/";

  private final String slug;
  private final int status;

  ProblemType(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  public int status() {
    return status;
  }

  /** The type's last path segment, e.g. {@code not-found}: the key of its title in the bundle. */
  public String slug() {
    return slug;
  }

  /** The generic code of a refusal of this type whose service gave none, e.g. {@code conflict}. */
  public String code() {
    return slug;
  }

  /** The type for a plain HTTP status raised by the JAX-RS runtime. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status
          && type != HTTP
          && type != VALIDATION
          && type != PASSWORD_CHANGE_REQUIRED) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : HTTP;
  }
}
