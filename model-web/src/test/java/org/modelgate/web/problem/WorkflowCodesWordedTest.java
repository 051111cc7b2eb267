package org.modelgate.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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

/**
 * Every code the model workflow's services refuse with, or write a history line with, is worded in
 * Chinese and in English: refusals in the problems bundle, history lines in the page texts. Finds
 * the codes as string literals in model-workflow's sources, and the {@code <kind>.not-found} of
 * every {@code new EntityNotFoundException("<kind>", …)}.
 */
class WorkflowCodesWordedTest {

  private static final Path SOURCES =
      Path.of("..", "model-workflow", "src", "main", "java").toAbsolutePath().normalize();

  private static final Pattern REFUSAL =
      Pattern.compile(
          "\"((?:access|model|forum|review|pilot|decision|adoption|attachment|audit|notice)"
              + "\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
  private static final Pattern LINE = Pattern.compile("\"(history\\.[a-z0-9-]+)\"");
  private static final Pattern NOT_FOUND =
      Pattern.compile("new EntityNotFoundException\\(\\s*\"([a-z][a-z0-9-]*)\"");

  @Test
  void shouldWordEveryRefusalInBothLanguages() {
    Set<String> codes = found(REFUSAL);
    found(NOT_FOUND).forEach(kind -> codes.add(kind + ".not-found"));

    assertThat(codes)
        .contains("model.not-withdrawable", "access.creators-only", "adoption.not-found");
    assertThat(load("/org/modelgate/web/problem/problems.properties").stringPropertyNames())
        .containsAll(codes);
    assertThat(load("/org/modelgate/web/problem/problems_en.properties").stringPropertyNames())
        .containsAll(codes);
  }

  @Test
  void shouldWordEveryHistoryLineInBothLanguages() {
    Set<String> codes = found(LINE);

    assertThat(codes).contains("history.attachment", "history.pilot-planned");
    assertThat(load("/org/modelgate/web/ui/messages.properties").stringPropertyNames())
        .containsAll(codes);
    assertThat(load("/org/modelgate/web/ui/messages_en.properties").stringPropertyNames())
        .containsAll(codes);
  }

  private static Set<String> found(Pattern pattern) {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .forEach(
              file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                  codes.add(matcher.group(1));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = WorkflowCodesWordedTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
