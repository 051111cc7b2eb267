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
        .orElseGet(() -> Problem.of(ProblemType.forStatus(status), status, detailFor(status)))
        .toResponse();
  }

  private static String detailFor(int status) {
    return switch (status) {
      case 400 -> "请求内容缺失或无法解析";
      case 404 -> "没有这个地址";
      case 405 -> "这个地址不支持此请求方法";
      case 406 -> "只能以 JSON 答复";
      case 415 -> "请以 application/json（上传附件时以 multipart/form-data）发送请求内容";
      default -> "请求无法处理（HTTP " + status + "）";
    };
  }
}
