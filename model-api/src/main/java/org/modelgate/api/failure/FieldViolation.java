package org.modelgate.api.failure;

/**
 * One broken input rule.
 *
 * @param field the JSON field, dotted for nested fields, e.g. {@code supervisionPointId}
 * @param rule a stable rule name, e.g. {@code NotBlank}, {@code Size}, {@code exists}
 * @param message what is wrong, for people
 */
public record FieldViolation(String field, String rule, String message) {}
