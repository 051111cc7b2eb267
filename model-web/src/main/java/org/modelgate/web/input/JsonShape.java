package org.modelgate.web.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;

/**
 * Checks a parsed JSON document against the Java type it is to be bound to, before JSON-B binds it:
 * every value has the JSON type its field needs, integers are integer literals that fit their Java
 * type (no {@code 1.5}, no {@code 1e2}, no wrap-around of {@code 18446744073709551617}), enum
 * values are constant names, dates parse, texts pass {@link InputRules#text}, and no field is
 * unknown. Field paths have one format: {@code units[1].unitId}.
 *
 * <p>A text is single-line when its field has {@code @Size(max ≤ 200)} (names, titles, codes,
 * references); longer texts may hold tab, CR and LF.
 */
public final class JsonShape {

  static final int SINGLE_LINE_MAX = 200;

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final List<FieldViolation> violations = new ArrayList<>();

  private JsonShape() {}

  /** Every violation of {@code value} bound to {@code type}, in document order. */
  public static List<FieldViolation> check(JsonValue value, Type type) {
    JsonShape shape = new JsonShape();
    shape.value("", value, type, true);
    return List.copyOf(shape.violations);
  }

  private void value(String path, JsonValue value, Type type, boolean multiLine) {
    Class<?> raw = raw(type);
    String field = path.isEmpty() ? "body" : path;
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        wrongType(field, raw, value);
      }
      return; // whether null is allowed is Bean Validation's question (@NotNull)
    }
    if (raw == String.class) {
      if (value instanceof JsonString text) {
        InputRules.text(field, text.getString(), multiLine).ifPresent(violations::add);
      } else {
        wrongType(field, raw, value);
      }
    } else if (raw.isEnum()) {
      if (value instanceof JsonString text) {
        if (!isConstant(raw, text.getString())) {
          violations.add(InputRules.notOneOf(field, text.getString(), raw));
        }
      } else {
        violations.add(InputRules.notOneOf(field, value.toString(), raw));
      }
    } else if (isIntegral(raw)) {
      if (value instanceof JsonNumber number) {
        integer(field, number, raw);
      } else {
        wrongType(field, raw, value);
      }
    } else if (raw == BigDecimal.class
        || raw == Double.class
        || raw == double.class
        || raw == Float.class
        || raw == float.class) {
      if (!(value instanceof JsonNumber)) {
        wrongType(field, raw, value);
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        wrongType(field, raw, value);
      }
    } else if (raw == LocalDate.class || raw == Instant.class || raw == OffsetDateTime.class) {
      if (!(value instanceof JsonString text) || !parses(raw, text.getString())) {
        wrongType(field, raw, value);
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (value instanceof JsonArray array) {
        Type element = typeArgument(type);
        for (int i = 0; i < array.size(); i++) {
          value(path + "[" + i + "]", array.get(i), element, false);
        }
      } else {
        wrongType(field, raw, value);
      }
    } else if (raw.isRecord()) {
      if (value instanceof JsonObject object) {
        record(path, object, raw);
      } else {
        wrongType(field, raw, value);
      }
    }
    // any other type is left to JSON-B
  }

  private void record(String path, JsonObject object, Class<?> type) {
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      components.put(component.getName(), component);
    }
    for (var entry : object.entrySet()) {
      String name = entry.getKey();
      String childPath = path.isEmpty() ? name : path + "." + name;
      RecordComponent component = components.get(name);
      if (component == null) {
        violations.add(InputRules.violation(childPath, InputRules.UNKNOWN_FIELD));
        continue;
      }
      Size size = component.getAccessor().getAnnotation(Size.class);
      boolean multiLine = size == null || size.max() > SINGLE_LINE_MAX;
      value(childPath, entry.getValue(), component.getGenericType(), multiLine);
    }
  }

  private void integer(String field, JsonNumber number, Class<?> raw) {
    if (!number.isIntegral()) {
      violations.add(
          InputRules.violation(
              field, InputRules.FRACTION, "value", InputRules.excerpt(number.toString())));
      return;
    }
    BigDecimal value = number.bigDecimalValue();
    BigDecimal min = LONG_MIN;
    BigDecimal max = LONG_MAX;
    if (raw == Integer.class || raw == int.class) {
      min = BigDecimal.valueOf(Integer.MIN_VALUE);
      max = BigDecimal.valueOf(Integer.MAX_VALUE);
    } else if (raw == Short.class || raw == short.class) {
      min = BigDecimal.valueOf(Short.MIN_VALUE);
      max = BigDecimal.valueOf(Short.MAX_VALUE);
    } else if (raw == BigInteger.class) {
      return;
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      violations.add(
          InputRules.violation(
              field,
              InputRules.OVERFLOW,
              "min",
              min.toPlainString(),
              "max",
              max.toPlainString(),
              "value",
              InputRules.excerpt(number.toString())));
    }
  }

  private void wrongType(String field, Class<?> raw, JsonValue value) {
    violations.add(
        InputRules.violation(
            field,
            InputRules.TYPE,
            "expected",
            expected(raw),
            "actual",
            actual(value),
            "value",
            InputRules.excerpt(value.toString())));
  }

  /**
   * The JSON type a Java type needs, named as JSON Schema does ({@code string}, {@code integer},
   * {@code date}, {@code date-time}, …); the wording names it in the caller's language.
   */
  static String expected(Class<?> raw) {
    if (raw == String.class) {
      return "string";
    }
    if (isIntegral(raw)) {
      return "integer";
    }
    if (raw == LocalDate.class) {
      return "date";
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return "date-time";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "boolean";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "array";
    }
    if (raw.isRecord()) {
      return "object";
    }
    return "number";
  }

  /** The JSON type of a value as JSON Schema names it. */
  private static String actual(JsonValue value) {
    return switch (value.getValueType()) {
      case TRUE, FALSE -> "boolean";
      default -> value.getValueType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static boolean isIntegral(Class<?> raw) {
    return raw == Long.class
        || raw == long.class
        || raw == Integer.class
        || raw == int.class
        || raw == Short.class
        || raw == short.class
        || raw == BigInteger.class;
  }

  private static boolean isConstant(Class<?> enumType, String name) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean parses(Class<?> raw, String text) {
    try {
      if (raw == LocalDate.class) {
        LocalDate.parse(text);
      } else if (raw == Instant.class) {
        Instant.parse(text);
      } else {
        OffsetDateTime.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    if (type instanceof WildcardType wildcard) {
      return raw(wildcard.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type collection) {
    if (collection instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[0];
    }
    return Object.class;
  }
}
