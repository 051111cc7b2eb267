package org.modelgate.api.failure;

import java.util.List;

/**
 * Input that breaks a rule only the service can check, e.g. a supervision point that is unknown:
 * code {@code input.invalid} with the fields named, the broken rules in {@link #violations()}.
 */
public class InvalidInputException extends ModelGateException {

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(
        "input.invalid",
        "fields",
        violations.stream().map(FieldViolation::field).distinct().toList());
    this.violations = List.copyOf(violations);
  }

  /** One broken rule, see {@link FieldViolation#of}. */
  public static InvalidInputException of(
      String field, String rule, String code, Object... keysAndValues) {
    return new InvalidInputException(List.of(FieldViolation.of(field, rule, code, keysAndValues)));
  }

  /** Transitional: one broken rule worded by the service. */
  public InvalidInputException(String field, String rule, String message) {
    this(List.of(new FieldViolation(field, rule, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
