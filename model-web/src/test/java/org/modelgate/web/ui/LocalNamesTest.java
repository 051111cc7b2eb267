package org.modelgate.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalNamesTest {

  @Test
  void shouldNameInEnglishForEnglishReadersAndInChineseOtherwise() {
    assertThat(LocalNames.of(Locale.ENGLISH, "第一检察部", "First Procuratorial Department"))
        .isEqualTo("First Procuratorial Department");
    assertThat(LocalNames.of(Locale.UK, "第一检察部", "First Procuratorial Department"))
        .isEqualTo("First Procuratorial Department");
    assertThat(LocalNames.of(Locale.SIMPLIFIED_CHINESE, "第一检察部", "First Procuratorial Department"))
        .isEqualTo("第一检察部");
  }

  @Test
  void shouldFallBackToTheChineseNameWhenThereIsNoEnglishOne() {
    assertThat(LocalNames.of(Locale.ENGLISH, "第一检察部", null)).isEqualTo("第一检察部");
    assertThat(LocalNames.of(Locale.ENGLISH, "第一检察部", " ")).isEqualTo("第一检察部");
  }
}
