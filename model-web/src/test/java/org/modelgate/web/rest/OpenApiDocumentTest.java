package org.modelgate.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.clue.DocumentType;
import org.modelgate.api.clue.InvalidReason;

/**
 * The OpenAPI document against the code, without a server: every operation, field, type, format,
 * enum value and required list ({@link ContractCheck}), the problem codes, and the texts in both
 * languages. The same check runs on the served document in FoundationIT.
 */
class OpenApiDocumentTest {

  static JsonObject chinese;

  @BeforeAll
  static void build() {
    OASFactoryResolver.setInstance(new MapModels());
    chinese = MapModels.json(OpenApiDocument.build(Locale.CHINESE)).asJsonObject();
  }

  @Test
  void shouldDescribeEveryOperationFieldAndCodeOfTheCode() {
    assertThat(ContractCheck.violations(chinese)).isEmpty();
  }

  @Test
  void shouldDocumentEveryResourceClass() {
    assertThat(OpenApiDocument.RESOURCES)
        .containsExactlyInAnyOrderElementsOf(ContractCheck.resourceClasses());
  }

  @Test
  void shouldNameEveryOperationOnce() {
    List<String> ids = operationIds(chinese);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void shouldListTheValuesAClientMustKnow() {
    JsonObject schemas = chinese.getJsonObject("components").getJsonObject("schemas");
    assertThat(enumOf(schemas, "ClueChangeRequest", "invalidReason"))
        .containsExactlyElementsOf(names(InvalidReason.values()));
    assertThat(enumOf(schemas, "ClueChangeRequest", "documentType"))
        .containsExactlyElementsOf(names(DocumentType.values()));
    assertThat(enumOf(schemas, "AdoptionRequest", "status"))
        .containsExactlyElementsOf(names(AdoptionStatus.values()));
    assertThat(
            schemas
                .getJsonObject("PilotPlanRequest")
                .getJsonObject("properties")
                .getJsonObject("startDate")
                .getString("format"))
        .isEqualTo("date");
    assertThat(enumOf(schemas, "Problem", "code"))
        .contains("model.not-found", "input.invalid", "conflict")
        .containsAll(ContractCheck.problemCodes());
  }

  @Test
  void shouldDocumentTheIdempotencyKeyOnEveryStateChangingCall() {
    for (var item : chinese.getJsonObject("paths").values()) {
      for (var verb : item.asJsonObject().entrySet()) {
        List<String> headers =
            verb.getValue().asJsonObject().getJsonArray("parameters") == null
                ? List.of()
                : verb.getValue().asJsonObject().getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("in").equals("header"))
                    .map(p -> p.getString("name"))
                    .toList();
        if (verb.getKey().equals("get")) {
          assertThat(headers).doesNotContain("Idempotency-Key");
        } else {
          assertThat(headers).as(verb.toString()).contains("Idempotency-Key");
        }
      }
    }
  }

  @Test
  void shouldWordEveryOperationInBothLanguages() {
    ResourceBundle zh = OpenApiDocument.texts(Locale.CHINESE);
    ResourceBundle en = OpenApiDocument.texts(Locale.ENGLISH);
    Set<String> operationKeys = new TreeSet<>(zh.keySet());
    operationKeys.removeIf(key -> key.matches("(info|response|parameter)\\..*"));

    assertThat(operationKeys).containsExactlyInAnyOrderElementsOf(operationIds(chinese));
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
    assertThat(zh.getString("createDraft")).isEqualTo("新建监督模型草稿（建模人）");
  }

  @Test
  void shouldServeTheEnglishTextsWithoutChinese() {
    JsonObject english = OpenApiLanguage.english(chinese, OpenApiDocument.texts(Locale.ENGLISH));

    assertThat(
            english
                .getJsonObject("paths")
                .getJsonObject("/api/models")
                .getJsonObject("post")
                .getString("summary"))
        .isEqualTo("Create a model draft (creator)");
    assertThat(
            english
                .getJsonObject("paths")
                .getJsonObject("/api/models/{id}")
                .getJsonObject("put")
                .getJsonArray("parameters")
                .toString())
        .contains("The version you edit");
    assertThat(english.toString().codePoints().filter(OpenApiDocumentTest::chinese).count())
        .as(english.toString())
        .isZero();
    assertThat(ContractCheck.violations(english)).isEmpty();
    assertThat(chinese.getJsonObject("info").getString("description")).contains("监督模型");
  }

  static List<String> operationIds(JsonObject document) {
    List<String> ids = new ArrayList<>();
    for (var item : document.getJsonObject("paths").values()) {
      for (var operation : item.asJsonObject().values()) {
        ids.add(operation.asJsonObject().getString("operationId"));
      }
    }
    return ids;
  }

  private static List<String> enumOf(JsonObject schemas, String schema, String property) {
    return schemas
        .getJsonObject(schema)
        .getJsonObject("properties")
        .getJsonObject(property)
        .getJsonArray("enum")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  private static boolean chinese(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
  }
}
