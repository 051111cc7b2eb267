package org.modelgate.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.modelgate.api.common.Labels;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;

/**
 * The served OpenAPI document, made from the resource classes and the wire records by reflection
 * (registered as {@code mp.openapi.model.reader}; the annotation scan is off, see {@code
 * META-INF/microprofile-config.properties}). Per resource method: the path, the path, query and
 * header parameters with their types and defaults, the request body of each {@code @Consumes} type,
 * the success response (the return type; for a {@link Response}, its {@link APIResponseSchema} or
 * {@link APIResponse}) and, for every operation, the problem+json {@link Problem} whose {@code
 * code} lists every code of {@code problems.properties}. The operation id is the method name;
 * summaries and response descriptions come from bundle {@code org/modelgate/web/rest/openapi} by
 * operation id, in Chinese; {@link OpenApiLanguage} serves the English one.
 */
public class OpenApiDocument implements OASModelReader {

  /** Every JAX-RS resource of the API (OpenApiDocumentTest checks that none is missing). */
  static final List<Class<?>> RESOURCES =
      List.of(
          AbsenceResource.class,
          AccountResource.class,
          AdminAbsenceResource.class,
          AdminResource.class,
          AdminTokenResource.class,
          AdoptionResource.class,
          AttachmentResource.class,
          AuditResource.class,
          ClueResource.class,
          DashboardResource.class,
          ForumResource.class,
          IncidentResource.class,
          LibraryResource.class,
          ModelClueResource.class,
          ModelResource.class,
          NoticeResource.class,
          PilotResource.class,
          ReviewResource.class,
          TaskResource.class,
          TokenResource.class);

  static final String BUNDLE = "org.modelgate.web.rest.openapi";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Set<PathItem.HttpMethod> STATE_CHANGING =
      Set.of(
          PathItem.HttpMethod.POST,
          PathItem.HttpMethod.PUT,
          PathItem.HttpMethod.PATCH,
          PathItem.HttpMethod.DELETE);
  static final String PROBLEMS = "org/modelgate/web/problem/problems.properties";

  @Override
  public OpenAPI buildModel() {
    return build(Labels.DEFAULT);
  }

  /** The document with its texts in {@code locale}'s language (Chinese or English). */
  static OpenAPI build(Locale locale) {
    ResourceBundle texts = texts(locale);
    OpenApiSchemas schemas = new OpenApiSchemas();
    schemas.tailor(Problem.class, OpenApiDocument::problemCodes);
    schemas.tailor(FieldViolation.class, OpenApiDocument::problemCodes);

    OpenAPI document = OASFactory.createOpenAPI();
    document.setOpenapi("3.1.0");
    document.setInfo(
        OASFactory.createInfo()
            .title("ModelGate API")
            .version("1")
            .description(texts.getString("info.description")));
    document.setPaths(OASFactory.createPaths());
    Schema problem = schemas.of(Problem.class);
    for (var path : operations().entrySet()) {
      PathItem item = OASFactory.createPathItem();
      for (var verb : path.getValue().entrySet()) {
        Operation operation = operation(verb.getValue(), schemas, texts, problem);
        if (STATE_CHANGING.contains(verb.getKey())) {
          operation.addParameter(idempotencyKey(texts));
        }
        item.setOperation(verb.getKey(), operation);
      }
      document.getPaths().addPathItem(path.getKey(), item);
    }
    document.setComponents(OASFactory.createComponents());
    document
        .getComponents()
        .addSecurityScheme(
            "basic",
            OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
        .addSecurityScheme(
            "token",
            OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
    document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
    document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("token"));
    schemas.components().forEach(document.getComponents()::addSchema);
    return document;
  }

  /** The bundle of the document's texts; Chinese unless {@code locale} is English. */
  static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Labels.supported(locale),
        OpenApiDocument.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The resource methods by path and HTTP method; two methods may share one (by media type). */
  static Map<String, Map<PathItem.HttpMethod, List<Method>>> operations() {
    String root = ModelGateApplication.class.getAnnotation(ApplicationPath.class).value();
    Map<String, Map<PathItem.HttpMethod, List<Method>>> operations = new TreeMap<>();
    for (Class<?> resource : RESOURCES) {
      String base = resource.getAnnotation(Path.class).value();
      Method[] methods = resource.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        String verb = httpMethod(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = path(root, base, sub == null ? "" : sub.value());
        operations
            .computeIfAbsent(path, p -> new TreeMap<>())
            .computeIfAbsent(PathItem.HttpMethod.valueOf(verb), v -> new ArrayList<>())
            .add(method);
      }
    }
    return operations;
  }

  /** The header IdempotencyFilter honours on every state-changing call. */
  private static org.eclipse.microprofile.openapi.models.parameters.Parameter idempotencyKey(
      ResourceBundle texts) {
    Schema key = OpenApiSchemas.typed(SchemaType.STRING, null);
    key.setPattern("^[!-~]{1,200}$");
    return OASFactory.createParameter()
        .name(IDEMPOTENCY_KEY)
        .in(In.HEADER)
        .description(texts.getString("parameter." + IDEMPOTENCY_KEY))
        .schema(key);
  }

  static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  static String path(String... segments) {
    String joined = "/" + String.join("/", segments);
    // {id: \d+} is {id} in OpenAPI
    joined = joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
    joined = joined.replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static Operation operation(
      List<Method> methods, OpenApiSchemas schemas, ResourceBundle texts, Schema problem) {
    Method first = methods.getFirst();
    Operation operation = OASFactory.createOperation();
    operation.setOperationId(first.getName());
    operation.setSummary(texts.getString(first.getName()));
    operation.setResponses(OASFactory.createAPIResponses());
    for (Method method : methods) {
      parameters(method, operation, schemas, texts);
      responses(method, operation.getResponses(), schemas, texts);
    }
    operation
        .getResponses()
        .setDefaultValue(
            OASFactory.createAPIResponse()
                .description(texts.getString("response.default"))
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem))));
    return operation;
  }

  private static void parameters(
      Method method, Operation operation, OpenApiSchemas schemas, ResourceBundle texts) {
    Map<String, Schema> form = new LinkedHashMap<>();
    for (Parameter parameter : method.getParameters()) {
      In in = null;
      String name = null;
      if (parameter.isAnnotationPresent(PathParam.class)) {
        in = In.PATH;
        name = parameter.getAnnotation(PathParam.class).value();
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        in = In.QUERY;
        name = parameter.getAnnotation(QueryParam.class).value();
      } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
        in = In.HEADER;
        name = parameter.getAnnotation(HeaderParam.class).value();
      } else if (parameter.isAnnotationPresent(FormParam.class)) {
        Class<?> type = parameter.getType();
        form.put(
            parameter.getAnnotation(FormParam.class).value(),
            type == EntityPart.class || type == InputStream.class
                ? OpenApiSchemas.typed(SchemaType.STRING, "binary")
                : schemas.of(parameter.getParameterizedType()));
        continue;
      } else if (parameter.isAnnotationPresent(Context.class)
          || parameter.isAnnotationPresent(Suspended.class)) {
        continue;
      } else if (parameter.isAnnotationPresent(CookieParam.class)
          || parameter.isAnnotationPresent(MatrixParam.class)
          || parameter.isAnnotationPresent(BeanParam.class)) {
        throw new IllegalStateException("not documented: " + parameter + " of " + method);
      } else {
        body(method, operation, schemas.of(parameter.getParameterizedType()), parameter.getType());
        continue;
      }
      String parameterName = name;
      In parameterIn = in;
      if (operation.getParameters() != null
          && operation.getParameters().stream()
              .anyMatch(p -> p.getName().equals(parameterName) && p.getIn() == parameterIn)) {
        continue; // the other method of the same operation has it
      }
      Schema schema = schemas.of(parameter.getParameterizedType());
      DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
      if (defaultValue != null) {
        schema.setDefaultValue(typedDefault(parameter.getType(), defaultValue.value()));
      }
      operation.addParameter(
          OASFactory.createParameter()
              .name(name)
              .in(in)
              .required(in == In.PATH ? Boolean.TRUE : null)
              .description(
                  texts.containsKey("parameter." + name)
                      ? texts.getString("parameter." + name)
                      : null)
              .schema(schema));
    }
    if (!form.isEmpty()) {
      Schema object = OpenApiSchemas.typed(SchemaType.OBJECT, null);
      form.forEach(object::addProperty);
      object.setRequired(List.copyOf(form.keySet()));
      body(method, operation, object, null);
    }
  }

  private static Object typedDefault(Class<?> type, String value) {
    if (type == int.class || type == Integer.class) {
      return Integer.valueOf(value);
    }
    if (type == long.class || type == Long.class) {
      return Long.valueOf(value);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.valueOf(value);
    }
    return value;
  }

  /** The request body under each media type the method consumes. */
  private static void body(Method method, Operation operation, Schema schema, Class<?> type) {
    RequestBody body = operation.getRequestBody();
    if (body == null) {
      body = OASFactory.createRequestBody().required(true).content(OASFactory.createContent());
      operation.setRequestBody(body);
    }
    for (String mediaType : consumes(method)) {
      Schema typed = schema;
      if (type == byte[].class || type == InputStream.class) {
        typed =
            mediaType.startsWith("text/")
                ? OpenApiSchemas.typed(SchemaType.STRING, null)
                : OpenApiSchemas.typed(SchemaType.STRING, "binary");
      }
      body.getContent().addMediaType(mediaType, OASFactory.createMediaType().schema(typed));
    }
  }

  private static void responses(
      Method method, APIResponses responses, OpenApiSchemas schemas, ResourceBundle texts) {
    List<String> produces = produces(method);
    if (method.getReturnType() == void.class) {
      response(responses, "204", null, null, texts);
    } else if (method.getReturnType() != Response.class) {
      response(responses, "200", produces, schemas.of(method.getGenericReturnType()), texts);
    } else if (method.isAnnotationPresent(APIResponseSchema.class)) {
      APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
      response(responses, declared.responseCode(), produces, schemas.of(declared.value()), texts);
    } else if (method.getAnnotationsByType(APIResponse.class).length > 0) {
      for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
        if (declared.content().length == 0) {
          response(responses, declared.responseCode(), null, null, texts);
        }
        for (Content content : declared.content()) {
          var schema = content.schema();
          Schema typed =
              schema.implementation() != Void.class
                  ? schemas.of(schema.implementation())
                  : OpenApiSchemas.typed(
                      SchemaType.valueOf(schema.type().name()),
                      schema.format().isEmpty() ? null : schema.format());
          response(responses, declared.responseCode(), List.of(content.mediaType()), typed, texts);
        }
      }
    } else {
      throw new IllegalStateException(
          method
              + " returns a Response: declare its body with @APIResponseSchema or its status with"
              + " @APIResponse");
    }
  }

  private static void response(
      APIResponses responses,
      String code,
      List<String> mediaTypes,
      Schema schema,
      ResourceBundle texts) {
    var response = responses.getAPIResponse(code);
    if (response == null) {
      response = OASFactory.createAPIResponse().description(texts.getString("response." + code));
      responses.addAPIResponse(code, response);
    }
    if (mediaTypes == null) {
      return;
    }
    if (response.getContent() == null) {
      response.setContent(OASFactory.createContent());
    }
    for (String mediaType : mediaTypes) {
      var existing = response.getContent().getMediaType(mediaType);
      if (existing == null) {
        response.getContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
      } else if (!Objects.equals(schema.getRef(), existing.getSchema().getRef())) {
        // two methods of one operation (e.g. one clue as JSON, a CSV file of them)
        existing.setSchema(OASFactory.createSchema().oneOf(List.of(existing.getSchema(), schema)));
      }
    }
  }

  private static List<String> consumes(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
  }

  private static List<String> produces(Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = method.getDeclaringClass().getAnnotation(Produces.class);
    }
    return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
  }

  /**
   * The codes a problem or a field error may carry: every refusal worded in {@code
   * problems.properties} (read as the application runs, so a new code is listed as soon as it is
   * worded) and the generic code of each problem type.
   */
  static List<String> problemCodes() {
    Properties worded = new Properties();
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(PROBLEMS)) {
      if (in == null) {
        throw new IllegalStateException("missing " + PROBLEMS);
      }
      worded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String key : worded.stringPropertyNames()) {
      if (!key.startsWith("type.")) {
        codes.add(key);
      }
    }
    for (ProblemType type : ProblemType.values()) {
      codes.add(type.code());
    }
    return List.copyOf(codes);
  }

  private static void problemCodes(Schema schema) {
    Schema code = OpenApiSchemas.typed(SchemaType.STRING, null);
    code.setEnumeration(new ArrayList<>(problemCodes()));
    schema.addProperty("code", code);
    if (schema.getProperties().containsKey("type")) {
      schema
          .getProperties()
          .get("type")
          .setEnumeration(
              Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri().toString()).toList());
    }
  }
}
