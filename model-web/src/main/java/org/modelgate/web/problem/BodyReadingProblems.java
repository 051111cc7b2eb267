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
public final class BodyReadingProblems {

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
        return Optional.of(tooLarge.problem());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParsingException parsing) {
        return Optional.of(malformed(parsing));
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException) {
        // JsonShape checks bodies before JSON-B binds them; this is what it may have let through.
        Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.getMessage()));
        boolean unknownField = unknown.find();
        String field = unknownField ? unknown.group(1) : fieldIn(failure).orElse("body");
        FieldViolation violation =
            unknownField
                ? FieldViolation.of(field, "unknown-field", "input.unknown-field", "field", field)
                : FieldViolation.of(field, "type", "input.unreadable", "field", field);
        return Optional.of(Problem.invalid(List.of(violation)));
      }
    }
    return Optional.empty();
  }

  /** Invalid JSON syntax: code {@code input.malformed-json}, where the parser stopped. */
  public static Problem malformed(JsonParsingException e) {
    var location = e.getLocation();
    Object[] where =
        location == null
            ? new Object[0]
            : new Object[] {"line", location.getLineNumber(), "column", location.getColumnNumber()};
    String code = "input.malformed-json";
    return Problem.of(ProblemType.MALFORMED_BODY, code, where)
        .withErrors(List.of(FieldViolation.of("body", "syntax", code, where)));
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
