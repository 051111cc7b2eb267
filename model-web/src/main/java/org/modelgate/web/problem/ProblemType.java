package org.modelgate.web.problem;

import java.net.URI;

/** The stable problem types ModelGate answers with. */
public enum ProblemType {
  VALIDATION("validation", 400, "输入有误"),
  MALFORMED_BODY("malformed-body", 400, "请求内容无法解析"),
  MALFORMED_HEADER("malformed-header", 400, "请求头格式不正确"),
  UNAUTHENTICATED("unauthenticated", 401, "请先登录"),
  FORBIDDEN("forbidden", 403, "无权进行此操作"),
  PASSWORD_CHANGE_REQUIRED("password-change-required", 403, "须先修改密码"),
  NOT_FOUND("not-found", 404, "所请求的内容不存在"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "不支持此请求方法"),
  NOT_ACCEPTABLE("not-acceptable", 406, "无法以所要求的格式答复"),
  CONFLICT("conflict", 409, "当前状态不允许此操作"),
  PRECONDITION_FAILED("stale-version", 412, "内容已被他人修改"),
  PRECONDITION_REQUIRED("precondition-required", 428, "缺少版本号"),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key 已用于另一请求"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "请求内容过大"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "不支持此内容类型"),
  TOO_MANY_SIGN_IN_FAILURES("too-many-sign-in-failures", 429, "登录失败次数过多"),
  HTTP("http", 400, "请求无法处理"),
  INTERNAL("internal", 500, "服务器内部错误"),
  SERVICE_UNAVAILABLE("service-unavailable", 503, "服务暂不可用");

  private static final String BASE = "https://modelgate.org/problems/";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
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
