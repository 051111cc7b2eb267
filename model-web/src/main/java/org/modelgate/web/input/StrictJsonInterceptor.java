package org.modelgate.web.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.web.problem.BodyReadingProblems;
import org.modelgate.web.problem.PayloadTooLargeException;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemException;
import org.modelgate.web.problem.ProblemType;

/**
 * Checks every JSON request body of the API (the {@code *Request} records) before it is bound: the
 * JSON is parsed into a tree and checked against the record by {@link JsonShape}, which reports
 * every broken rule at once with its field path; only a clean body goes on to the runtime's JSON-B
 * reader. An interceptor, not a reader of our own: interceptors run whichever reader the runtime
 * picks, so the check cannot be skipped by provider ordering.
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!applies(context.getType(), context.getMediaType())) {
      return context.proceed();
    }
    byte[] body;
    try {
      body = context.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (body.length > 0) {
      check(body, context.getGenericType());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean applies(Class<?> type, MediaType mediaType) {
    return type.isRecord()
        && type.getName().startsWith("org.modelgate.api.")
        && mediaType != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
            || mediaType.getSubtype().endsWith("+json"));
  }

  private static void check(byte[] body, Type genericType) {
    JsonValue tree;
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(body),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      tree = reader.readValue();
    } catch (JsonParsingException e) {
      throw new ProblemException(BodyReadingProblems.malformed(e));
    } catch (JsonException e) {
      throw unreadable(e.getCause() instanceof IOException io ? io : new IOException(e));
    }
    List<FieldViolation> violations = JsonShape.check(tree, genericType);
    if (!violations.isEmpty()) {
      throw new ProblemException(Problem.invalid(violations));
    }
  }

  /** A body over the size limit, or bytes that are not UTF-8. */
  private static RuntimeException unreadable(IOException e) {
    if (e instanceof PayloadTooLargeException tooLarge) {
      return new ProblemException(tooLarge.problem());
    }
    if (e instanceof CharacterCodingException) {
      String code = InputRules.code("encoding");
      return new ProblemException(
          Problem.of(ProblemType.MALFORMED_BODY, code)
              .withErrors(List.of(FieldViolation.of("body", "encoding", code))));
    }
    return new ProcessingException(e);
  }
}
