package org.modelgate.api.failure;

import java.util.List;
import java.util.Map;

/**
 * One broken input rule.
 *
 * @param field the JSON field as a path, e.g. {@code supervisionPointId}, {@code units[1].unitId};
 *     a query parameter or header by its name
 * @param rule a stable rule name, e.g. {@code NotBlank}, {@code Size}, {@code exists}
 * @param message what is wrong, for people, in the caller's language; services leave it null and
 *     the web layer words it from {@code code} and {@code args}
 * @param code a stable code for programs, e.g. {@code input.overflow}
 * @param allowed the values the field may take, for an enum; null otherwise
 * @param args the code's named arguments; empty if none
 */
public record FieldViolation(
    String field,
    String rule,
    String message,
    String code,
    List<String> allowed,
    Map<String, Object> args) {

  public FieldViolation {
    allowed = allowed == null ? null : List.copyOf(allowed);
    args = args == null ? Map.of() : args;
  }

  public FieldViolation(
      String field, String rule, String message, String code, List<String> allowed) {
    this(field, rule, message, code, allowed, Map.of());
  }

  /** Transitional: a rule worded by the caller. */
  public FieldViolation(String field, String rule, String message) {
    this(field, rule, message, null, null, Map.of());
  }

  /** A broken rule as code and arguments (name, value, name, value, …), worded later. */
  public static FieldViolation of(String field, String rule, String code, Object... keysAndValues) {
    return new FieldViolation(
        field, rule, null, code, null, ModelGateException.arguments(keysAndValues));
  }

  /** The same violation worded in a language. */
  public FieldViolation withMessage(String text) {
    return new FieldViolation(field, rule, text, code, allowed, args);
  }
}
