package org.modelgate.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelgate.api.failure.FieldViolation;

/**
 * Turns a failure to read a JSON body into a problem that names the field and the rule: syntax,
 * unknown field, or wrong type. Returns empty when the failure is not about the body.
 */
final class BodyReadingProblems {

  private static final Pattern QUOTED_NAME = Pattern.compile("'([A-Za-z_][A-Za-z0-9_.]*)'");

  /** Yasson's wording for a field the target record does not have. */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("property (\\S+) can not be mapped", Pattern.CASE_INSENSITIVE);

  private BodyReadingProblems() {}

  static Optional<Problem> problemFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException decided) {
        return Optional.of(decided.problem());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadTooLargeException tooLarge) {
        return Optional.of(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParsingException parsing) {
        var location = parsing.getLocation();
        String where =
            location == null
                ? ""
                : "（第 " + location.getLineNumber() + " 行第 " + location.getColumnNumber() + " 列）";
        return Optional.of(
            Problem.of(ProblemType.MALFORMED_BODY, "请求内容不是合法的 JSON" + where)
                .withErrors(List.of(new FieldViolation("body", "syntax", "JSON 语法错误" + where))));
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException) {
        Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.getMessage()));
        FieldViolation violation;
        if (unknown.find()) {
          violation =
              new FieldViolation(unknown.group(1), "unknown-field", "不认识的字段 " + unknown.group(1));
        } else {
          String field = fieldIn(failure).orElse("body");
          violation = new FieldViolation(field, "type", "字段 " + field + " 的值类型不正确");
        }
        return Optional.of(
            Problem.of(ProblemType.MALFORMED_BODY, violation.message())
                .withErrors(List.of(violation)));
      }
    }
    return Optional.empty();
  }

  /** The first quoted property name in the messages of the cause chain, outermost first. */
  private static Optional<String> fieldIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Matcher matcher = QUOTED_NAME.matcher(String.valueOf(cause.getMessage()));
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }
}
