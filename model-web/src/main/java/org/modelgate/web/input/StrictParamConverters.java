package org.modelgate.web.input;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemException;

/**
 * Query and header parameters as strictly as bodies: an unknown enum value ({@code stage=NOPE}), a
 * number that is not an integer or does not fit, a boolean other than {@code true}/{@code false},
 * or a text with control characters is a 400 naming the parameter (and, for enums, the allowed
 * values) — not the 404 JAX-RS gives a query parameter it cannot convert, nor a silent default.
 * Path parameters keep their 404: an address that cannot exist.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType.isPrimitive() && !hasDefault(annotations)) {
      return null; // a missing primitive is the runtime's zero; a converter cannot return it
    }
    if (rawType.isEnum()) {
      return new Strict<>(name, value -> (T) enumConstant((Class) rawType, name, value));
    }
    if (rawType == Long.class || rawType == long.class) {
      return new Strict<>(
          name, value -> (T) Long.valueOf(integer(name, value, Long.MIN_VALUE, Long.MAX_VALUE)));
    }
    if (rawType == Integer.class || rawType == int.class) {
      return new Strict<>(
          name,
          value ->
              (T)
                  Integer.valueOf(
                      (int) integer(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return new Strict<>(name, value -> (T) bool(name, value));
    }
    if (rawType == String.class) {
      return new Strict<>(name, value -> (T) text(name, value));
    }
    return null;
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
    }
    return null;
  }

  private static boolean hasDefault(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof DefaultValue) {
        return true;
      }
    }
    return false;
  }

  private static <E extends Enum<E>> E enumConstant(Class<E> type, String name, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw refused(InputRules.notOneOf(name, value, type));
  }

  private static long integer(String name, String value, long min, long max) {
    if (!value.matches("-?[0-9]+")) {
      throw refused(wrongType(name, "integer", value));
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // too many digits for a long: reported below
    }
    throw refused(
        InputRules.violation(
            name,
            InputRules.OVERFLOW,
            "min",
            String.valueOf(min),
            "max",
            String.valueOf(max),
            "value",
            InputRules.excerpt(value)));
  }

  private static Boolean bool(String name, String value) {
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw refused(wrongType(name, "boolean", value));
    };
  }

  private static String text(String name, String value) {
    InputRules.text(name, value, false)
        .ifPresent(
            violation -> {
              throw refused(violation);
            });
    return value;
  }

  private static FieldViolation wrongType(String name, String expected, String value) {
    return InputRules.violation(
        name,
        InputRules.TYPE,
        "expected",
        expected,
        "actual",
        "string",
        "value",
        InputRules.excerpt(value));
  }

  private static ProblemException refused(FieldViolation violation) {
    return new ProblemException(Problem.invalid(List.of(violation)));
  }

  /** Converts with the given rule; writes a value back as its string form. */
  private record Strict<T>(String name, Function<String, T> parse) implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      return value == null ? null : parse.apply(value);
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
  }
}
