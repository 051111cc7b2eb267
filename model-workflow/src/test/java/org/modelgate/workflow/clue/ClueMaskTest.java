package org.modelgate.workflow.clue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClueMaskTest {

  @Test
  void shouldKeepTheFirstAndLastFourCharactersOfAnIdentityNumber() {
    assertThat(Clue.mask("340102199001011234")).isEqualTo("3401**********1234");
    assertThat(Clue.mask("34010219900101123X")).isEqualTo("3401**********123X");
  }

  @Test
  void shouldKeepOnlyTheLastCharacterOfAShortValue() {
    assertThat(Clue.mask("12345678")).isEqualTo("*******8");
    assertThat(Clue.mask("1")).isEqualTo("1");
  }

  @Test
  void shouldLeaveAnAbsentValueAbsent() {
    assertThat(Clue.mask(null)).isNull();
    assertThat(Clue.mask("")).isEmpty();
  }
}
