package org.modelgate.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.failure.FieldViolation;

/**
 * Bean Validation failures of a service call: one entry per broken rule, named by the JSON field
 * ({@code title}, not {@code createDraft.request.title}), the constraint ({@code NotBlank}) and a
 * code derived from it ({@code input.not-blank}) with the constraint's limits as arguments ({@code
 * min}, {@code max}, {@code value}, …), worded in the caller's language like every problem.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  /** The constraint attributes that are a rule's limits, passed on as the code's arguments. */
  private static final Set<String> LIMITS =
      Set.of("min", "max", "value", "inclusive", "integer", "fraction", "regexp");

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldViolation> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(violation(violation));
    }
    errors.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule));
    return Problem.invalid(errors).toResponse();
  }

  /**
   * One broken constraint as a field error: field path, constraint name, code and limits. The
   * validator's own message is kept for a constraint the bundle has no wording for.
   */
  public static FieldViolation violation(ConstraintViolation<?> violation) {
    var descriptor = violation.getConstraintDescriptor();
    String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
    Map<String, Object> args = new LinkedHashMap<>();
    for (Map.Entry<String, Object> attribute : descriptor.getAttributes().entrySet()) {
      if (LIMITS.contains(attribute.getKey())) {
        args.put(attribute.getKey(), attribute.getValue());
      }
    }
    return new FieldViolation(
        fieldOf(violation.getPropertyPath()),
        constraint,
        violation.getMessage(),
        code(constraint),
        null,
        args);
  }

  /** The code of a constraint: {@code input.} and its name in lower case with hyphens. */
  static String code(String constraint) {
    return "input." + constraint.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * The path below the method parameter in the one format of every field path, {@code
   * units[1].unitId} and {@code reviewerIds[0]}: Bean Validation puts an element's index on the
   * node after the list, here it follows the list's name. The whole body when the parameter itself
   * is wrong.
   */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() != ElementKind.PROPERTY
          && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (node.isInIterable() && position != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + position + "]");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        names.add(node.getName());
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}
