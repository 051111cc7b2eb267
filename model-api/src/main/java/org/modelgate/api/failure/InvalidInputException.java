package org.modelgate.api.failure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule only the service can check, e.g. a supervision point that is unknown.
 */
public class InvalidInputException extends ModelGateException {

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; ", "输入有误：", "")));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String rule, String message) {
    this(List.of(new FieldViolation(field, rule, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
