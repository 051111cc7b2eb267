package org.modelgate.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modelgate.web.input.InputRules;

/**
 * Every problem the web edge raises has its wording in both languages, and the English wording is
 * English: the codes the edge writes, the codes of the strict input rules, and the code of every
 * Bean Validation constraint the API's records use.
 */
class ProblemCodesTest {

  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"([a-z][a-z0-9-]*(\\.[a-z0-9-]+)+)\"");
  private static final Pattern CONSTRAINT_IMPORT =
      Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Z][A-Za-z]+);");

  @Test
  void shouldWordInEnglishWithoutChinese() throws IOException {
    Properties english = load("problems_en.properties");
    assertThat(english.stringPropertyNames())
        .allSatisfy(
            key ->
                assertThat(english.getProperty(key))
                    .as(key)
                    .doesNotContainPattern("[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]"));
  }

  @Test
  void shouldWordEveryCodeTheWebEdgeWrites() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String edge : Set.of("problem", "input", "idempotency", "security", "rest")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/modelgate/web", edge))) {
        // the minutes and the OpenAPI document have bundles of their own
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.endsWith("MinutesHtml.java"))
                .filter(f -> !f.getFileName().toString().startsWith("OpenApi"))
                .toList()) {
          Matcher literal = CODE_LITERAL.matcher(Files.readString(file));
          while (literal.find()) {
            if (!literal.group(1).startsWith("org.") && !literal.group(1).startsWith("jsonb.")) {
              codes.add(literal.group(1));
            }
          }
        }
      }
    }
    assertThat(codes).contains("auth.required", "input.invalid");
    assertWorded(codes);
  }

  @Test
  void shouldWordEveryInputRule() throws IOException, IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field field : InputRules.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && !field.getName().equals("PROBLEM_CODE")) {
        codes.add(InputRules.code((String) field.get(null)));
      }
    }
    assertThat(codes).contains("input.overflow", "input.enum");
    assertWorded(codes);
  }

  @Test
  void shouldWordEveryConstraintOfTheApi() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("../model-api/src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher constraint = CONSTRAINT_IMPORT.matcher(Files.readString(file));
        while (constraint.find()) {
          codes.add(ConstraintViolationMapper.code(constraint.group(1)));
        }
      }
    }
    assertThat(codes).contains("input.not-blank", "input.size", "input.positive-or-zero");
    assertWorded(codes);
  }

  @Test
  void shouldNameTheCodeOfAConstraintAfterIt() {
    assertThat(ConstraintViolationMapper.code("NotBlank")).isEqualTo("input.not-blank");
    assertThat(ConstraintViolationMapper.code("FutureOrPresent"))
        .isEqualTo("input.future-or-present");
    assertThat(ConstraintViolationMapper.code("Size")).isEqualTo("input.size");
  }

  private static void assertWorded(Set<String> codes) throws IOException {
    assertThat(load("problems.properties").stringPropertyNames()).containsAll(codes);
    assertThat(load("problems_en.properties").stringPropertyNames()).containsAll(codes);
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemCodesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
