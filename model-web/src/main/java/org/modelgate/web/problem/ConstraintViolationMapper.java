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
import java.util.List;
import org.modelgate.api.failure.FieldViolation;

/**
 * Bean Validation failures of a service call: one entry per broken rule, named by the JSON field
 * ({@code title}, not {@code createDraft.request.title}) and the constraint ({@code NotBlank}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldViolation> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(
          new FieldViolation(
              fieldOf(violation.getPropertyPath()),
              violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule));
    String detail =
        "请检查以下字段："
            + String.join("、", errors.stream().map(FieldViolation::field).distinct().toList());
    return Problem.of(ProblemType.VALIDATION, detail).withErrors(errors).toResponse();
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
