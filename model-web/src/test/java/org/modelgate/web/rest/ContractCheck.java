package org.modelgate.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.web.problem.Problem;

/**
 * Compares an OpenAPI document with the Java code it describes, independently of how it was made:
 * every resource method compiled into {@code target/classes} is an operation at its path; its
 * parameters, request body and success response are there with the right types; every record
 * reachable from them is a schema with exactly its components as properties, the right types,
 * formats and enum values, and the {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} ones
 * required; every operation answers errors as the {@code Problem} schema whose {@code code} lists
 * every code of {@code problems.properties}. Used on the document made in a unit test and on the
 * served one.
 */
public final class ContractCheck {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
  private static final java.nio.file.Path PROBLEMS =
      java.nio.file.Path.of("src/main/resources/org/modelgate/web/problem/problems.properties");

  private final JsonObject document;
  private final JsonObject schemas;
  private final List<String> violations = new ArrayList<>();
  private final Set<String> checkedSchemas = new HashSet<>();

  private ContractCheck(JsonObject document) {
    this.document = document;
    this.schemas = document.getJsonObject("components").getJsonObject("schemas");
  }

  /** What {@code document} gets wrong or leaves out; empty if it describes the code exactly. */
  public static List<String> violations(JsonObject document) {
    ContractCheck check = new ContractCheck(document);
    for (Class<?> resource : resourceClasses()) {
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb != null) {
          check.operation(resource, method, verb);
        }
      }
    }
    check.problem();
    return check.violations;
  }

  /** Every class of the module with {@code @Path}: the JAX-RS resources. */
  public static List<Class<?>> resourceClasses() {
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      List<Class<?>> resources = new ArrayList<>();
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, ContractCheck.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
      return resources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The codes worded in problems.properties (the source file, not the document's list). */
  public static Set<String> problemCodes() {
    Properties worded = new Properties();
    try (InputStream in = Files.newInputStream(PROBLEMS)) {
      worded.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> codes = new TreeSet<>(worded.stringPropertyNames());
    codes.removeIf(code -> code.startsWith("type."));
    return codes;
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value().toLowerCase();
      }
    }
    return null;
  }

  private void operation(Class<?> resource, Method method, String verb) {
    String where = resource.getSimpleName() + "." + method.getName();
    String path =
        ("/"
                + ModelGateApplication.class.getAnnotation(ApplicationPath.class).value()
                + "/"
                + resource.getAnnotation(Path.class).value()
                + "/"
                + (method.isAnnotationPresent(Path.class)
                    ? method.getAnnotation(Path.class).value()
                    : ""))
            .replaceAll("/+", "/")
            .replaceAll("(.)/$", "$1");
    JsonObject item = document.getJsonObject("paths").getJsonObject(path);
    if (item == null || !item.containsKey(verb)) {
      violations.add(where + ": no operation " + verb.toUpperCase() + " " + path);
      return;
    }
    JsonObject operation = item.getJsonObject(verb);
    if (!operation.containsKey("summary") || operation.getString("summary").isBlank()) {
      violations.add(where + ": no summary");
    }
    for (Parameter parameter : method.getParameters()) {
      parameter(where, operation, method, parameter);
    }
    response(where, operation, method);
    JsonObject error = operation.getJsonObject("responses").getJsonObject("default");
    if (error == null
        || !refersTo(
            error
                .getJsonObject("content")
                .getJsonObject(Problem.MEDIA_TYPE)
                .getJsonObject("schema"),
            "Problem")) {
      violations.add(where + ": errors are not documented as Problem");
    }
  }

  private void parameter(String where, JsonObject operation, Method method, Parameter parameter) {
    String in = null;
    String name = null;
    if (parameter.isAnnotationPresent(PathParam.class)) {
      in = "path";
      name = parameter.getAnnotation(PathParam.class).value();
    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
      in = "query";
      name = parameter.getAnnotation(QueryParam.class).value();
    } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
      in = "header";
      name = parameter.getAnnotation(HeaderParam.class).value();
    } else if (parameter.isAnnotationPresent(Context.class)) {
      return;
    } else if (parameter.isAnnotationPresent(FormParam.class)) {
      JsonObject form = body(where, operation, "multipart/form-data");
      if (form != null
          && !form.getJsonObject("properties")
              .containsKey(parameter.getAnnotation(FormParam.class).value())) {
        violations.add(where + ": form field " + parameter.getAnnotation(FormParam.class).value());
      }
      return;
    } else {
      Consumes consumes = method.getAnnotation(Consumes.class);
      for (String mediaType :
          consumes == null ? new String[] {"application/json"} : consumes.value()) {
        JsonObject schema = body(where, operation, mediaType);
        if (schema != null && parameter.getType() == byte[].class) {
          expect(where + " body", schema, "string", null);
        } else if (schema != null) {
          describes(where + " body", schema, parameter.getParameterizedType(), Map.of());
        }
      }
      return;
    }
    String parameterName = name;
    String parameterIn = in;
    JsonArray parameters = operation.getJsonArray("parameters");
    JsonObject documented =
        parameters == null
            ? null
            : parameters.getValuesAs(JsonObject.class).stream()
                .filter(
                    p ->
                        p.getString("name").equals(parameterName)
                            && p.getString("in").equals(parameterIn))
                .findFirst()
                .orElse(null);
    if (documented == null) {
      violations.add(where + ": no " + in + " parameter " + name);
      return;
    }
    describes(
        where + " parameter " + name,
        documented.getJsonObject("schema"),
        parameter.getParameterizedType(),
        Map.of());
  }

  private JsonObject body(String where, JsonObject operation, String mediaType) {
    JsonObject body = operation.getJsonObject("requestBody");
    JsonObject media = body == null ? null : body.getJsonObject("content").getJsonObject(mediaType);
    if (media == null) {
      violations.add(where + ": no request body of type " + mediaType);
      return null;
    }
    return media.getJsonObject("schema");
  }

  private void response(String where, JsonObject operation, Method method) {
    JsonObject responses = operation.getJsonObject("responses");
    String code;
    Type type;
    if (method.getReturnType() == void.class) {
      code = "204";
      type = null;
    } else if (method.getReturnType() != Response.class) {
      code = "200";
      type = method.getGenericReturnType();
    } else if (method.isAnnotationPresent(APIResponseSchema.class)) {
      code = method.getAnnotation(APIResponseSchema.class).responseCode();
      type = method.getAnnotation(APIResponseSchema.class).value();
    } else if (method.isAnnotationPresent(
        org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
      code =
          method
              .getAnnotation(
                  org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)
              .responseCode();
      type = null;
    } else {
      violations.add(where + ": returns a Response without a declared body or status");
      return;
    }
    JsonObject response = responses.getJsonObject(code);
    if (response == null) {
      violations.add(where + ": no response " + code);
      return;
    }
    if (type == null) {
      return;
    }
    JsonObject content = response.getJsonObject("content");
    if (content == null || content.isEmpty()) {
      violations.add(where + ": response " + code + " without content");
      return;
    }
    for (String mediaType : content.keySet()) {
      JsonObject schema = content.getJsonObject(mediaType).getJsonObject("schema");
      describes(where + " response " + code, schema, type, Map.of());
    }
  }

  /** Whether {@code schema} describes values of {@code type}; records checked once, by name. */
  private void describes(
      String where, JsonObject schema, Type type, Map<TypeVariable<?>, Type> bindings) {
    if (schema == null) {
      violations.add(where + ": no schema");
      return;
    }
    if (schema.containsKey("oneOf")) {
      // two methods share the operation (e.g. one clue as JSON, a CSV file of them): one of the
      // alternatives is this type's
      int before = violations.size();
      for (JsonObject alternative : schema.getJsonArray("oneOf").getValuesAs(JsonObject.class)) {
        describes(where, alternative, type, bindings);
        boolean fits = violations.size() == before;
        violations.subList(before, violations.size()).clear();
        if (fits) {
          return;
        }
      }
      violations.add(where + ": no alternative of " + schema + " describes " + type);
      return;
    }
    if (type instanceof TypeVariable<?> variable) {
      describes(where, schema, bindings.getOrDefault(variable, Object.class), bindings);
      return;
    }
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    if (Collection.class.isAssignableFrom(raw)) {
      expect(where, schema, "array", null);
      describes(
          where + "[]",
          schema.getJsonObject("items"),
          ((ParameterizedType) type).getActualTypeArguments()[0],
          bindings);
    } else if (Map.class.isAssignableFrom(raw)) {
      expect(where, schema, "object", null);
    } else if (raw.isEnum()) {
      expect(where, schema, "string", null);
      List<String> values =
          Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      JsonArray documented = schema.getJsonArray("enum");
      if (documented == null
          || !documented.getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList()
              .equals(values)) {
        violations.add(where + ": enum " + documented + " is not " + values);
      }
    } else if (raw.isRecord()) {
      record(where, schema, raw, type, bindings);
    } else if (raw == long.class || raw == Long.class) {
      expect(where, schema, "integer", "int64");
    } else if (raw == int.class || raw == Integer.class) {
      expect(where, schema, "integer", "int32");
    } else if (raw == String.class) {
      expect(where, schema, "string", null);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(where, schema, "boolean", null);
    } else if (raw == BigDecimal.class) {
      expect(where, schema, "number", null);
    } else if (raw == double.class || raw == Double.class) {
      expect(where, schema, "number", "double");
    } else if (raw == LocalDate.class) {
      expect(where, schema, "string", "date");
    } else if (raw == Instant.class) {
      expect(where, schema, "string", "date-time");
    } else if (raw == java.net.URI.class) {
      expect(where, schema, "string", "uri");
    } else if (raw != Object.class) {
      violations.add(where + ": the check knows no JSON type for " + raw.getName());
    }
  }

  private void record(
      String where,
      JsonObject reference,
      Class<?> raw,
      Type type,
      Map<TypeVariable<?>, Type> outer) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    StringBuilder name = new StringBuilder(raw.getSimpleName());
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        Type argument = arguments[i] instanceof TypeVariable<?> v ? outer.get(v) : arguments[i];
        bindings.put(raw.getTypeParameters()[i], argument);
        name.append(((Class<?>) argument).getSimpleName());
      }
    }
    if (!refersTo(reference, name.toString())) {
      violations.add(where + ": not a reference to " + name + " but " + reference);
      return;
    }
    if (!checkedSchemas.add(name.toString())) {
      return;
    }
    JsonObject schema = schemas.getJsonObject(name.toString());
    if (schema == null) {
      violations.add(where + ": no schema " + name);
      return;
    }
    JsonObject properties = schema.getJsonObject("properties");
    List<String> components =
        Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
    if (properties == null || !new HashSet<>(components).equals(properties.keySet())) {
      violations.add(
          name
              + ": properties "
              + (properties == null ? "none" : properties.keySet())
              + " are not the components "
              + components);
    }
    List<String> required = new ArrayList<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      Method accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(NotNull.class)
          || accessor.isAnnotationPresent(NotBlank.class)
          || accessor.isAnnotationPresent(NotEmpty.class)) {
        required.add(component.getName());
      }
      if (properties != null && properties.containsKey(component.getName())) {
        describes(
            name + "." + component.getName(),
            properties.getJsonObject(component.getName()),
            component.getGenericType(),
            bindings);
      }
    }
    List<String> documented =
        schema.containsKey("required")
            ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    if (!new TreeSet<>(documented).equals(new TreeSet<>(required))) {
      violations.add(name + ": required " + documented + " is not " + required);
    }
  }

  private void expect(String where, JsonObject schema, String jsonType, String format) {
    JsonValue documented = schema.get("type");
    boolean typed =
        documented != null
            && (documented.equals(jsonValue(jsonType))
                || (documented instanceof JsonArray types && types.contains(jsonValue(jsonType))));
    if (!typed) {
      violations.add(where + ": type " + documented + " is not " + jsonType);
    }
    if (format != null && !format.equals(schema.getString("format", null))) {
      violations.add(where + ": format " + schema.getString("format", null) + " is not " + format);
    }
  }

  private static JsonValue jsonValue(String text) {
    return jakarta.json.Json.createValue(text);
  }

  private static boolean refersTo(JsonObject schema, String name) {
    return schema != null
        && ("#/components/schemas/" + name).equals(schema.getString("$ref", null));
  }

  private void problem() {
    JsonObject problem = schemas.getJsonObject("Problem");
    if (problem == null) {
      violations.add("no Problem schema");
      return;
    }
    JsonArray codes =
        problem.getJsonObject("properties").getJsonObject("code").getJsonArray("enum");
    Set<String> documented =
        codes == null
            ? Set.of()
            : new HashSet<>(
                codes.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    describes(
        "Problem",
        jakarta.json.Json.createObjectBuilder().add("$ref", "#/components/schemas/Problem").build(),
        Problem.class,
        Map.of());
    Set<String> missing = new TreeSet<>(problemCodes());
    missing.removeAll(documented);
    if (!missing.isEmpty()) {
      violations.add("Problem.code does not list " + missing);
    }
  }
}
