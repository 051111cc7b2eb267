package org.modelgate.web.ui.clue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modelgate.api.clue.ClueFileError;
import org.modelgate.web.problem.ProblemTexts;
import org.modelgate.workflow.clue.ClueCsvParser;

/**
 * The clue refusals are worded in both languages: every code the clue code raises has a text in
 * Chinese and in English with the same placeholders, and a refused file reads in English without a
 * Chinese word that the file did not bring.
 */
class ClueWordingTest {

  private static final Pattern CODE = Pattern.compile("\"(clue\\.[a-z0-9-]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final List<Path> SOURCES =
      List.of(
          Path.of("../model-workflow/src/main/java/org/modelgate/workflow/clue"),
          Path.of("src/main/java/org/modelgate/web/ui/clue"),
          Path.of("src/main/java/org/modelgate/web/rest/ClueResource.java"),
          Path.of("src/main/java/org/modelgate/web/rest/ModelClueResource.java"));

  @Test
  void shouldWordEveryClueCodeInChineseAndEnglishWithTheSamePlaceholders() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (Path source : SOURCES) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher code = CODE.matcher(Files.readString(file));
          while (code.find()) {
            codes.add(code.group(1));
          }
        }
      }
    }
    Properties chinese = load("problems.properties");
    Properties english = load("problems_en.properties");

    assertThat(codes).hasSizeGreaterThan(30);
    for (String code : codes) {
      assertThat(chinese.getProperty(code)).as("Chinese text of %s", code).isNotBlank();
      assertThat(english.getProperty(code)).as("English text of %s", code).isNotBlank();
      assertThat(placeholders(english.getProperty(code)))
          .as("placeholders of %s", code)
          .isEqualTo(placeholders(chinese.getProperty(code)));
      assertThat(HAN.matcher(english.getProperty(code)).find()).as("English %s", code).isFalse();
    }
  }

  @Test
  void shouldWordARefusedFileInTheReadersLanguage() {
    String csv =
        "Clue number,Unit code,Party,Summary,Found on,Amount,Remarks\n"
            + "A-1,XZ,,Pension,2026-01-15,1.234,x\n"
            + "A-1,NG,Li,Pension,1900-01-01,12,x\n"
            + "\"A-3\"x,XZ,Li,Pension,2026-01-15,12,x\n"
            + "A-4,XZ,Li,Pension,2026-01-15\n";
    List<ClueFileError> errors =
        new ClueCsvParser(Set.of("XZ"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 2), 1_000)
            .parse(csv.getBytes(UTF_8))
            .errors();

    List<String> english =
        errors.stream().map(e -> ProblemTexts.word(Locale.ENGLISH, e.code(), e.args())).toList();
    List<String> chinese =
        errors.stream()
            .map(e -> ProblemTexts.word(Locale.SIMPLIFIED_CHINESE, e.code(), e.args()))
            .toList();

    assertThat(english)
        .containsExactly(
            "Unknown column “Remarks” (column 7); the columns are: Clue number, Unit code, Party,"
                + " ID number, Summary, Found on, Amount (ID number, Amount may be left out)",
            "Party must not be empty",
            "Amount “1.234” may have at most two decimals",
            "Unit code “NG” is not a unit whose clues you may import here",
            "Found on 1900-01-01 is outside the period clues may come from: 2025-01-01 (the"
                + " pilot's start less its look-back) to 2026-03-02",
            "Clue number “A-1” already appears on line 2",
            "The line's double quotes are wrong: a value with commas or line breaks goes in double"
                + " quotes as a whole, a double quote inside it is written twice (\"\"), and quotes"
                + " come in pairs",
            "The line has 5 columns, the header 7; a value with commas or line breaks goes in"
                + " double quotes");
    assertThat(chinese.get(1)).isEqualTo("当事人不能为空");
    assertThat(chinese.get(5)).isEqualTo("线索编号“A-1”与第 2 行重复");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            ProblemTexts.class.getResourceAsStream("/org/modelgate/web/problem/" + name), UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
