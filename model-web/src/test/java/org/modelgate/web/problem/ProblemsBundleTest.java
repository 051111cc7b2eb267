package org.modelgate.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The refusals' wording exists in both languages: the same codes, and each code's English text uses
 * the same arguments as its Chinese one, or their English variants ({@code unitEn} for {@code
 * unit}).
 */
class ProblemsBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  @Test
  void shouldWordEveryCodeInBothLanguagesWithTheSameArguments() throws IOException {
    Properties chinese = load("problems.properties");
    Properties english = load("problems_en.properties");

    assertThat(new TreeSet<>(english.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
    Map<String, String> differing = new TreeMap<>();
    for (String code : chinese.stringPropertyNames()) {
      TreeSet<String> zh = placeholders(chinese.getProperty(code));
      TreeSet<String> en = new TreeSet<>();
      for (String name : placeholders(english.getProperty(code, ""))) {
        String base = name.endsWith("En") ? name.substring(0, name.length() - 2) : name;
        en.add(zh.contains(base) ? base : name);
      }
      if (!zh.equals(en)) {
        differing.put(code, zh + " / " + en);
      }
    }
    assertThat(differing).as("codes whose texts use different arguments").isEmpty();
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemsBundleTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
