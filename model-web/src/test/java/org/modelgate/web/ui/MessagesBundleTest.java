package org.modelgate.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page text exists in both languages, and every key a page names exists. */
class MessagesBundleTest {

  private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  @Test
  void shouldHaveTheSameKeysInChineseAndEnglish() throws IOException {
    assertThat(load("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    assertThat(load("faces_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("faces.properties").stringPropertyNames());
  }

  @Test
  void shouldDefineEveryKeyThePagesUse() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher keys = KEY.matcher(Files.readString(page));
        while (keys.find()) {
          used.add(keys.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void shouldWriteNoChineseTextIntoAPageTemplate() throws IOException {
    Pattern han = Pattern.compile("\\p{IsHan}");
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page).replace("中文", "");
        assertThat(han.matcher(text).find()).as("Chinese text in %s", page).isFalse();
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
