package org.modelgate.web.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.SupervisionModelResponse;

/**
 * Completes the served OpenAPI document from the wire records themselves, so that it cannot drift
 * from them: every record component is a property (the generator left out enum and date fields),
 * components with {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} are {@code required},
 * enum properties list their values, and integers, dates and instants carry their formats.
 * Registered as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiRecords implements OASFilter {

  /** The packages of model-api that hold wire records; a schema is named by its simple name. */
  static final List<String> PACKAGES =
      List.of(
          "administration",
          "adoption",
          "audit",
          "clue",
          "common",
          "dashboard",
          "decision",
          "failure",
          "forum",
          "incident",
          "notice",
          "inbox",
          "organisation",
          "pilot",
          "proposal",
          "review",
          "security");

  /**
   * Responses documented even where the scanner leaves the body type out: those that carry {@code
   * allowedActions}, so that clients see the {@code ModelAction} values.
   */
  static final List<Class<?>> DOCUMENTED_RESPONSES =
      List.of(
          SupervisionModelResponse.class,
          ModelSummaryResponse.class,
          TaskResponse.class,
          UserRef.class);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    for (Class<?> type : DOCUMENTED_RESPONSES) {
      if (openAPI.getComponents().getSchemas() == null
          || !openAPI.getComponents().getSchemas().containsKey(type.getSimpleName())) {
        openAPI.getComponents().addSchema(type.getSimpleName(), OASFactory.createSchema());
      }
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (var entry : List.copyOf(schemas.entrySet())) {
      recordClass(entry.getKey()).ifPresent(type -> complete(entry.getValue(), type));
    }
  }

  static Optional<Class<?>> recordClass(String schemaName) {
    for (String pkg : PACKAGES) {
      try {
        Class<?> type =
            Class.forName(
                "org.modelgate.api." + pkg + "." + schemaName,
                false,
                OpenApiRecords.class.getClassLoader());
        if (type.isRecord()) {
          return Optional.of(type);
        }
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    return Optional.empty();
  }

  /** The components a client must send: those Bean Validation does not let be null. */
  public static List<String> requiredComponents(Class<?> record) {
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      Method accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(NotNull.class)
          || accessor.isAnnotationPresent(NotBlank.class)
          || accessor.isAnnotationPresent(NotEmpty.class)) {
        required.add(component.getName());
      }
    }
    return required;
  }

  private static void complete(Schema schema, Class<?> record) {
    if (schema.getType() == null || schema.getType().isEmpty()) {
      schema.addType(SchemaType.OBJECT);
    }
    for (RecordComponent component : record.getRecordComponents()) {
      Schema property =
          schema.getProperties() == null ? null : schema.getProperties().get(component.getName());
      if (property == null) {
        property = OASFactory.createSchema();
        schema.addProperty(component.getName(), property);
      }
      describe(property, component.getGenericType());
    }
    List<String> required = requiredComponents(record);
    schema.setRequired(required.isEmpty() ? null : required);
  }

  private static void describe(Schema property, Type type) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : type instanceof Class<?> c ? c : Object.class;
    if (property.getRef() != null && !raw.isEnum()) {
      return; // a record: described under its own name
    }
    if (raw.isEnum()) {
      property.setRef(null);
      property.setType(List.of(SchemaType.STRING));
      property.setEnumeration(
          Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
    } else if (raw == Long.class || raw == long.class) {
      typed(property, SchemaType.INTEGER, "int64");
    } else if (raw == Integer.class || raw == int.class) {
      typed(property, SchemaType.INTEGER, "int32");
    } else if (raw == BigDecimal.class) {
      typed(property, SchemaType.NUMBER, null);
    } else if (raw == Boolean.class || raw == boolean.class) {
      typed(property, SchemaType.BOOLEAN, null);
    } else if (raw == String.class) {
      typed(property, SchemaType.STRING, null);
    } else if (raw == LocalDate.class) {
      typed(property, SchemaType.STRING, "date");
    } else if (raw == Instant.class) {
      typed(property, SchemaType.STRING, "date-time");
    } else if (Collection.class.isAssignableFrom(raw)) {
      typed(property, SchemaType.ARRAY, null);
      Type element =
          type instanceof ParameterizedType parameterized
              ? parameterized.getActualTypeArguments()[0]
              : Object.class;
      Schema items = property.getItems();
      if (items == null) {
        items = OASFactory.createSchema();
        property.setItems(items);
        if (element instanceof Class<?> c && c.isRecord()) {
          items.setRef(c.getSimpleName());
          return;
        }
      }
      describe(items, element);
    } else if (raw.isRecord() && property.getType() == null) {
      property.setRef(raw.getSimpleName());
    }
  }

  private static void typed(Schema property, SchemaType type, String format) {
    if (property.getType() == null || property.getType().isEmpty()) {
      property.setType(List.of(type));
    }
    if (format != null && property.getFormat() == null) {
      property.setFormat(format);
    }
  }
}
