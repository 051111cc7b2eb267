package org.modelgate.api.failure;

import java.util.List;

/**
 * One broken input rule.
 *
 * @param field the JSON field as a path, e.g. {@code supervisionPointId}, {@code units[1].unitId};
 *     a query parameter or header by its name
 * @param rule a stable rule name, e.g. {@code NotBlank}, {@code Size}, {@code exists}
 * @param message what is wrong, for people
 * @param code a stable code for programs, e.g. {@code input.overflow}; null where none is given yet
 * @param allowed the values the field may take, for an enum; null otherwise
 */
public record FieldViolation(
    String field, String rule, String message, String code, List<String> allowed) {

  public FieldViolation {
    allowed = allowed == null ? null : List.copyOf(allowed);
  }

  public FieldViolation(String field, String rule, String message) {
    this(field, rule, message, null, null);
  }
}
