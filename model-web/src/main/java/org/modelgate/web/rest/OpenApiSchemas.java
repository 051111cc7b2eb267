package org.modelgate.web.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the wire types, read from the Java types themselves so that the contract cannot
 * drift from them: a record is an object with one property per component, named by its simple name
 * under {@code components/schemas} (a generic one by its name and its arguments', e.g. {@code
 * PageResponseModelSummaryResponse}); components with {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty} are {@code required}; enums list their values; {@code long} is {@code int64},
 * {@code LocalDate} a {@code date}, {@code Instant} a {@code date-time}; size, range and pattern
 * constraints become the schema's. A type it cannot describe is an error, never a silent {@code
 * object}.
 */
final class OpenApiSchemas {

  static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, Schema> components = new TreeMap<>();
  private final Map<String, Consumer<Schema>> tailoring = new HashMap<>();

  /** The named schemas made so far. */
  Map<String, Schema> components() {
    return components;
  }

  /** Changes the schema of {@code record} once it is made (e.g. the problem codes). */
  void tailor(Class<?> record, Consumer<Schema> change) {
    tailoring.put(record.getSimpleName(), change);
  }

  /** The schema of a value of {@code type}: inline, or a reference to a named record schema. */
  Schema of(Type type) {
    return of(type, Map.of());
  }

  /** The components a client must send: those Bean Validation does not let be null. */
  static List<String> requiredComponents(Class<?> record) {
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      AnnotatedElement accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(NotNull.class)
          || accessor.isAnnotationPresent(NotBlank.class)
          || accessor.isAnnotationPresent(NotEmpty.class)) {
        required.add(component.getName());
      }
    }
    return required;
  }

  private Schema of(Type type, Map<TypeVariable<?>, Type> bindings) {
    return switch (type) {
      case TypeVariable<?> variable -> of(bindings.getOrDefault(variable, Object.class), bindings);
      case WildcardType wildcard -> of(wildcard.getUpperBounds()[0], bindings);
      case GenericArrayType array -> array(of(array.getGenericComponentType(), bindings));
      case ParameterizedType parameterized -> parameterized(parameterized, bindings);
      case Class<?> plain -> plain(plain);
      default -> throw new IllegalStateException("no JSON schema for " + type);
    };
  }

  private Schema parameterized(ParameterizedType type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      return array(of(arguments[0], bindings));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Schema map = typed(SchemaType.OBJECT, null);
      if (arguments[1] != Object.class) {
        map.setAdditionalPropertiesSchema(of(arguments[1], bindings));
      }
      return map;
    }
    if (raw == Optional.class) {
      return of(arguments[0], bindings);
    }
    if (raw.isRecord()) {
      Map<TypeVariable<?>, Type> own = new HashMap<>();
      StringBuilder name = new StringBuilder(raw.getSimpleName());
      for (int i = 0; i < arguments.length; i++) {
        Type argument = arguments[i] instanceof TypeVariable<?> v ? bindings.get(v) : arguments[i];
        if (!(argument instanceof Class<?> argumentClass)) {
          throw new IllegalStateException("no JSON schema name for " + type);
        }
        own.put(raw.getTypeParameters()[i], argumentClass);
        name.append(argumentClass.getSimpleName());
      }
      return record(raw, name.toString(), own);
    }
    throw new IllegalStateException("no JSON schema for " + type);
  }

  private Schema plain(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return typed(SchemaType.STRING, null);
    }
    if (type == long.class || type == Long.class) {
      return typed(SchemaType.INTEGER, "int64");
    }
    if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
      return typed(SchemaType.INTEGER, "int32");
    }
    if (type == BigInteger.class) {
      return typed(SchemaType.INTEGER, null);
    }
    if (type == BigDecimal.class) {
      return typed(SchemaType.NUMBER, null);
    }
    if (type == double.class || type == Double.class) {
      return typed(SchemaType.NUMBER, "double");
    }
    if (type == float.class || type == Float.class) {
      return typed(SchemaType.NUMBER, "float");
    }
    if (type == boolean.class || type == Boolean.class) {
      return typed(SchemaType.BOOLEAN, null);
    }
    if (type == LocalDate.class) {
      return typed(SchemaType.STRING, "date");
    }
    if (type == Instant.class || type == OffsetDateTime.class) {
      return typed(SchemaType.STRING, "date-time");
    }
    if (type == URI.class) {
      return typed(SchemaType.STRING, "uri");
    }
    if (type == byte[].class) {
      return typed(SchemaType.STRING, "byte");
    }
    if (type.isArray()) {
      return array(plain(type.getComponentType()));
    }
    if (type.isEnum()) {
      Schema schema = typed(SchemaType.STRING, null);
      schema.setEnumeration(
          Arrays.stream(type.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
      return schema;
    }
    if (type.isRecord()) {
      return record(type, type.getSimpleName(), Map.of());
    }
    if (type == Object.class) {
      return OASFactory.createSchema();
    }
    throw new IllegalStateException("no JSON schema for " + type.getName());
  }

  private Schema record(Class<?> type, String name, Map<TypeVariable<?>, Type> bindings) {
    if (!components.containsKey(name)) {
      Schema schema = typed(SchemaType.OBJECT, null);
      components.put(name, schema); // before the components: a record may contain itself
      for (RecordComponent component : type.getRecordComponents()) {
        Schema property = of(component.getGenericType(), bindings);
        constrain(property, component.getAccessor());
        schema.addProperty(component.getName(), property);
      }
      List<String> required = requiredComponents(type);
      if (!required.isEmpty()) {
        schema.setRequired(required);
      }
      Consumer<Schema> change = tailoring.get(name);
      if (change != null) {
        change.accept(schema);
      }
    }
    Schema reference = OASFactory.createSchema();
    reference.setRef(REF_PREFIX + name);
    return reference;
  }

  /** The Bean Validation constraints that JSON Schema can say. */
  private static void constrain(Schema property, AnnotatedElement accessor) {
    boolean array = property.getType() != null && property.getType().contains(SchemaType.ARRAY);
    Size size = accessor.getAnnotation(Size.class);
    if (size != null) {
      if (array) {
        property.setMinItems(size.min() > 0 ? size.min() : null);
        property.setMaxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
      } else {
        property.setMinLength(size.min() > 0 ? size.min() : null);
        property.setMaxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
      }
    }
    if (accessor.isAnnotationPresent(NotEmpty.class)) {
      if (array) {
        property.setMinItems(
            Math.max(1, property.getMinItems() == null ? 0 : property.getMinItems()));
      } else {
        property.setMinLength(
            Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
      }
    }
    if (accessor.isAnnotationPresent(NotBlank.class)) {
      property.setPattern("\\S");
    }
    Pattern pattern = accessor.getAnnotation(Pattern.class);
    if (pattern != null) {
      property.setPattern(pattern.regexp());
    }
    Min min = accessor.getAnnotation(Min.class);
    if (min != null) {
      property.setMinimum(BigDecimal.valueOf(min.value()));
    }
    Max max = accessor.getAnnotation(Max.class);
    if (max != null) {
      property.setMaximum(BigDecimal.valueOf(max.value()));
    }
    DecimalMin decimalMin = accessor.getAnnotation(DecimalMin.class);
    if (decimalMin != null) {
      if (decimalMin.inclusive()) {
        property.setMinimum(new BigDecimal(decimalMin.value()));
      } else {
        property.setExclusiveMinimum(new BigDecimal(decimalMin.value()));
      }
    }
    DecimalMax decimalMax = accessor.getAnnotation(DecimalMax.class);
    if (decimalMax != null) {
      if (decimalMax.inclusive()) {
        property.setMaximum(new BigDecimal(decimalMax.value()));
      } else {
        property.setExclusiveMaximum(new BigDecimal(decimalMax.value()));
      }
    }
    if (accessor.isAnnotationPresent(Positive.class)) {
      property.setExclusiveMinimum(BigDecimal.ZERO);
    }
    if (accessor.isAnnotationPresent(PositiveOrZero.class)) {
      property.setMinimum(BigDecimal.ZERO);
    }
    if (accessor.isAnnotationPresent(Negative.class)) {
      property.setExclusiveMaximum(BigDecimal.ZERO);
    }
    if (accessor.isAnnotationPresent(NegativeOrZero.class)) {
      property.setMaximum(BigDecimal.ZERO);
    }
  }

  static Schema typed(SchemaType type, String format) {
    Schema schema = OASFactory.createSchema();
    schema.setType(List.of(type));
    if (format != null) {
      schema.setFormat(format);
    }
    return schema;
  }

  private static Schema array(Schema items) {
    Schema array = typed(SchemaType.ARRAY, null);
    array.setItems(items);
    return array;
  }
}
