package org.modelgate.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;

/**
 * MicroProfile OpenAPI's model for the unit tests, without a server: each object is a map of its
 * properties behind the model interface (getters, setters, {@code addX} to the list or map of
 * {@code getXs}), and {@link #json} writes it with OpenAPI's names, as the server does.
 */
final class MapModels extends OASFactoryResolver {

  private static final Map<String, String> NAMES =
      Map.of(
          "ref", "$ref",
          "enumeration", "enum",
          "defaultValue", "default",
          "additionalPropertiesSchema", "additionalProperties",
          "additionalPropertiesBoolean", "additionalProperties");
  private static final Set<String> FLATTENED =
      Set.of("pathItems", "APIResponses", "mediaTypes", "extensions", "schemes");

  @Override
  public <T extends Constructible> T createObject(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Handler(type)));
  }

  /** The model object as the JSON of the OpenAPI document. */
  static JsonValue json(Object value) {
    return switch (value) {
      case null -> JsonValue.NULL;
      case Proxy proxy when Proxy.getInvocationHandler(proxy) instanceof Handler handler ->
          object(handler.values);
      case Map<?, ?> map -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        map.forEach((k, v) -> object.add(k.toString(), json(v)));
        yield object.build();
      }
      case List<?> list -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        list.forEach(item -> array.add(json(item)));
        yield array.build();
      }
      case Enum<?> constant -> Json.createValue(constant.toString());
      case String text -> Json.createValue(text);
      case Boolean flag -> flag ? JsonValue.TRUE : JsonValue.FALSE;
      case Integer number -> Json.createValue(number);
      case Long number -> Json.createValue(number);
      case BigDecimal number -> Json.createValue(number);
      default -> throw new IllegalArgumentException("no JSON for " + value.getClass());
    };
  }

  private static JsonObject object(Map<String, Object> values) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    values.forEach(
        (key, value) -> {
          if (key.equals("operations")) {
            ((Map<?, ?>) value)
                .forEach((verb, op) -> object.add(verb.toString().toLowerCase(), json(op)));
          } else if (FLATTENED.contains(key)) {
            ((Map<?, ?>) value).forEach((k, v) -> object.add(k.toString(), json(v)));
          } else if (key.equals("type") && value instanceof List<?> types && types.size() == 1) {
            object.add("type", json(types.getFirst()));
          } else {
            object.add(NAMES.getOrDefault(key, key), json(value));
          }
        });
    return object.build();
  }

  private static final class Handler implements InvocationHandler {

    private final Class<?> type;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Handler(Class<?> type) {
      this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      int arity = args == null ? 0 : args.length;
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      switch (name) {
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "toString" -> {
          return type.getSimpleName() + values;
        }
        case "getOperations" -> {
          return values.computeIfAbsent("operations", k -> new LinkedHashMap<>());
        }
        case "setOperation" -> {
          ((Map<Object, Object>) values.computeIfAbsent("operations", k -> new LinkedHashMap<>()))
              .put(args[0], args[1]);
          return null;
        }
        default -> {}
      }
      if (name.startsWith("get") && arity == 0) {
        return values.get(property(name.substring(3)));
      }
      if (name.startsWith("set") && arity == 1) {
        if (args[0] == null) {
          values.remove(property(name.substring(3)));
        } else {
          values.put(property(name.substring(3)), args[0]);
        }
        return method.getReturnType() == void.class ? null : proxy;
      }
      if (name.startsWith("add") && arity >= 1) {
        Method getter = collection(name.substring(3));
        String key = property(getter.getName().substring(3));
        if (List.class.isAssignableFrom(getter.getReturnType())) {
          ((List<Object>) values.computeIfAbsent(key, k -> new ArrayList<>())).add(args[0]);
        } else {
          ((Map<Object, Object>) values.computeIfAbsent(key, k -> new LinkedHashMap<>()))
              .put(args[0], arity == 2 ? args[1] : List.of());
        }
        return proxy;
      }
      throw new UnsupportedOperationException(type.getSimpleName() + "." + name);
    }

    private Method collection(String item) {
      String[] candidates = {
        item,
        item + "s",
        item + "es",
        item.endsWith("y") ? item.substring(0, item.length() - 1) + "ies" : item,
        item.replace("Requirement", "")
      };
      for (String candidate : candidates) {
        try {
          return type.getMethod("get" + candidate);
        } catch (NoSuchMethodException e) {
          // next
        }
      }
      throw new UnsupportedOperationException(type.getSimpleName() + ".add" + item);
    }

    private static String property(String name) {
      return name.length() > 1 && Character.isUpperCase(name.charAt(1))
          ? name
          : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
  }
}
