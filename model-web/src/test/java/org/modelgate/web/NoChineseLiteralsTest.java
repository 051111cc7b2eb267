package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text for people is written in Java: every Chinese word lives in a message bundle or in the
 * reference data, so that English readers get English. Scans the string and character literals (not
 * the comments) of the three modules' main sources for Han characters and full-width punctuation.
 */
class NoChineseLiteralsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path PENDING = Path.of("src/test/resources/chinese-literals-pending.txt");
  private static final List<String> MODULES = List.of("model-api", "model-workflow", "model-web");

  @Test
  void noJavaSourceWordsAnythingInChinese() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    for (String module : MODULES) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .forEach(
                file -> {
                  List<String> literals = chineseLiterals(read(file));
                  if (!literals.isEmpty()) {
                    found.put(ROOT.relativize(file).toString().replace('\\', '/'), literals);
                  }
                });
      }
    }
    // Transitional: the files still to be moved to bundles. A file leaves the list when it is
    // clean.
    TreeSet<String> pending = new TreeSet<>(Files.readAllLines(PENDING, StandardCharsets.UTF_8));
    pending.removeIf(line -> line.isBlank() || line.startsWith("#"));
    Map<String, List<String>> unexpected = new TreeMap<>(found);
    unexpected.keySet().removeAll(pending);
    assertThat(unexpected).as("Chinese literals in Java sources; move them to a bundle").isEmpty();
    assertThat(pending)
        .as("files in %s that are clean now; take them off the list", PENDING)
        .isSubsetOf(found.keySet());
  }

  @Test
  void theScannerFindsLiteralsButNotComments() {
    String source =
        "/* 注释 */ class A { // 注释\n String a = \"监督模型\"; char c = '：'; String b = \"ok\";"
            + " String t = \"\"\"\n 文本 \"\"\"; }";
    assertThat(chineseLiterals(source)).containsExactly("\"监督模型\"", "'：'", "\"\"\"\n 文本 \"\"\"");
  }

  /** The string, text-block and character literals of {@code source} that hold Chinese. */
  static List<String> chineseLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        int stop = end < 0 ? n : end + 3;
        collect(source.substring(i, stop), literals);
        i = stop;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        collect(source.substring(i, Math.min(j + 1, n)), literals);
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static void collect(String literal, List<String> literals) {
    if (literal.codePoints().anyMatch(NoChineseLiteralsTest::chinese)) {
      literals.add(literal);
    }
  }

  private static boolean chinese(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
