package org.modelgate.workflow.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.DocumentType;
import org.modelgate.api.clue.InvalidReason;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.decision.PilotDecision;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.proposal.ScreeningOutcome;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.review.ReviewCriterion;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;

/**
 * The arguments of an audit entry's system line as stored: a JSON object, one member per argument.
 * Numbers, strings, booleans and lists are themselves; an enum constant is {@code {"enum": "Stage",
 * "name": "ON_HOLD"}}, so that it is read back as the constant and worded by its label; anything
 * else (a date) is its text.
 */
final class AuditArgs {

  /** The enums an argument may be, by simple name. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMS =
      Stream.<Class<? extends Enum<?>>>of(
              Stage.class,
              ModelAction.class,
              Role.class,
              ScreeningOutcome.class,
              ForumRuling.class,
              PilotDecision.class,
              AdoptionStatus.class,
              ClueStatus.class,
              InvalidReason.class,
              DocumentType.class,
              ExclusionKind.class,
              BusinessLine.class,
              ReviewCriterion.class)
          .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

  private static final String ENUM = "enum";
  private static final String NAME = "name";

  private AuditArgs() {}

  /** The arguments as stored; null for none. */
  static String encode(Map<String, Object> args) {
    if (args == null || args.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    args.forEach((name, value) -> object.add(name, json(value)));
    return object.build().toString();
  }

  /** The stored arguments read back; empty for none. */
  static Map<String, Object> decode(String stored) {
    if (stored == null || stored.isBlank()) {
      return Map.of();
    }
    JsonObject object = Json.createReader(new StringReader(stored)).readObject();
    Map<String, Object> args = new LinkedHashMap<>();
    object.forEach((name, value) -> args.put(name, value(value)));
    return Collections.unmodifiableMap(args);
  }

  private static JsonValue json(Object value) {
    return switch (value) {
      case null -> JsonValue.NULL;
      case Boolean flag -> flag ? JsonValue.TRUE : JsonValue.FALSE;
      case Integer number -> Json.createValue(number);
      case Long number -> Json.createValue(number);
      case BigDecimal number -> Json.createValue(number);
      case Number number -> Json.createValue(number.doubleValue());
      case Enum<?> constant ->
          Json.createObjectBuilder()
              .add(ENUM, constant.getDeclaringClass().getSimpleName())
              .add(NAME, constant.name())
              .build();
      case Collection<?> many -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        many.forEach(item -> array.add(json(item)));
        yield array.build();
      }
      default -> Json.createValue(value.toString());
    };
  }

  private static Object value(JsonValue value) {
    return switch (value) {
      case JsonString text -> text.getString();
      case JsonNumber number ->
          number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
      case JsonArray array -> array.stream().map(AuditArgs::value).toList();
      case JsonObject object when object.containsKey(ENUM) -> constant(object);
      case JsonObject object -> object.toString();
      default ->
          switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
          };
    };
  }

  /** The constant; its name if the enum or the constant is no longer known. */
  private static Object constant(JsonObject object) {
    String name = object.getString(NAME, "");
    Class<? extends Enum<?>> type = ENUMS.get(object.getString(ENUM, ""));
    if (type != null) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    return name;
  }
}
