package org.modelgate.web.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.web.problem.PayloadTooLargeException;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemException;
import org.modelgate.web.problem.ProblemType;
import org.modelgate.web.rest.JsonbSettings;

/**
 * Reads every JSON request body of the API (the {@code *Request} records) in two steps: the JSON is
 * parsed into a tree and checked against the record by {@link JsonShape}, which reports every
 * broken rule at once with its field path; only a clean tree is bound by JSON-B. Being a provider
 * of the application it takes precedence over the runtime's JSON-B reader for these types.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getName().startsWith("org.modelgate.api.");
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    InputStream in = new BufferedInputStream(entityStream);
    JsonValue tree;
    try {
      in.mark(1);
      if (in.read() < 0) {
        return null; // no body: the service's validation says it is required
      }
      in.reset();
      try (JsonReader reader =
          Json.createReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
        tree = reader.readValue();
      }
    } catch (JsonParsingException e) {
      var location = e.getLocation();
      String where =
          location == null
              ? ""
              : "（第 " + location.getLineNumber() + " 行第 " + location.getColumnNumber() + " 列）";
      throw new ProblemException(
          Problem.of(ProblemType.MALFORMED_BODY, "请求内容不是合法的 JSON" + where)
              .withCode(InputRules.code("malformed-json"))
              .withErrors(
                  List.of(
                      new FieldViolation(
                          "body",
                          "syntax",
                          "JSON 语法错误" + where,
                          InputRules.code("malformed-json"),
                          null))));
    } catch (IOException e) {
      throw unreadable(e);
    } catch (JsonException e) {
      throw unreadable(e.getCause() instanceof IOException io ? io : new IOException(e));
    }
    List<FieldViolation> violations = JsonShape.check(tree, genericType);
    if (!violations.isEmpty()) {
      throw new ProblemException(refusal(violations));
    }
    Jsonb jsonb = JsonbSettings.jsonb();
    return jsonb.fromJson(tree.toString(), genericType);
  }

  /** A body over the size limit, or bytes that are not UTF-8. */
  private static RuntimeException unreadable(IOException e) {
    if (e instanceof PayloadTooLargeException tooLarge) {
      return new ProblemException(
          Problem.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage())
              .withCode("input.payload-too-large"));
    }
    if (e instanceof CharacterCodingException) {
      String code = InputRules.code("encoding");
      return new ProblemException(
          Problem.of(ProblemType.MALFORMED_BODY, "请求内容不是 UTF-8 编码的 JSON")
              .withCode(code)
              .withErrors(
                  List.of(
                      new FieldViolation("body", "encoding", "请以 UTF-8 编码发送 JSON", code, null))));
    }
    return new ProcessingException(e);
  }

  static Problem refusal(List<FieldViolation> violations) {
    String fields =
        String.join("、", violations.stream().map(FieldViolation::field).distinct().toList());
    return Problem.of(ProblemType.VALIDATION, "请检查以下字段：" + fields)
        .withCode(InputRules.PROBLEM_CODE)
        .withErrors(violations);
  }
}
