package org.modelgate.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.proposal.Stage;
import org.modelgate.web.input.InputRules;

class ProblemTextsTest {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale serverDefault;

  @BeforeEach
  void anEnglishServer() {
    // Chinese readers must get Chinese even where the server's default locale is English.
    serverDefault = Locale.getDefault();
    Locale.setDefault(Locale.US);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(serverDefault);
  }

  @Test
  void shouldWordACodeInTheReadersLanguage() {
    Map<String, Object> args = Map.of("id", 42L);

    assertThat(ProblemTexts.word(CHINESE, "model.not-found", args)).isEqualTo("监督模型 42 不存在");
    assertThat(ProblemTexts.word(Locale.ENGLISH, "model.not-found", args))
        .isEqualTo("Supervision model 42 does not exist");
    assertThat(ProblemTexts.title(CHINESE, "conflict")).isEqualTo("当前状态不允许此操作");
    assertThat(ProblemTexts.title(Locale.ENGLISH, "conflict"))
        .isEqualTo("Not possible in the current state");
  }

  @Test
  void shouldNameEnumsJoinListsAndWordTerms() {
    assertThat(ProblemTexts.word(CHINESE, "input.invalid", Map.of("fields", List.of("a", "b"))))
        .isEqualTo("输入有误：a、b");
    assertThat(
            ProblemTexts.word(Locale.ENGLISH, "input.invalid", Map.of("fields", List.of("a", "b"))))
        .isEqualTo("Invalid input: a, b");
    FieldViolation stage = InputRules.notOneOf("stage", "NOPE", Stage.class).withMessage(null);
    assertThat(ProblemTexts.word(Locale.ENGLISH, stage).message())
        .startsWith("stage: NOPE is not allowed; it must be one of DRAFT, SCREENING,");
    FieldViolation date =
        FieldViolation.of(
            "foundOn", "type", "input.type", "field", "foundOn", "expected", "date", "value", "1");
    assertThat(ProblemTexts.word(CHINESE, date).message())
        .isEqualTo("foundOn 应为日期（如 2026-03-02），收到 1");
    assertThat(ProblemTexts.word(Locale.ENGLISH, date).message())
        .isEqualTo("foundOn must be a date (such as 2026-03-02), not 1");
  }

  @Test
  void shouldNameAnEnumArgumentByItsLabel() {
    assertThat(ProblemTexts.word(CHINESE, "input.invalid", Map.of("fields", Stage.SCREENING)))
        .isEqualTo("输入有误：初审中");
    assertThat(
            ProblemTexts.word(Locale.ENGLISH, "input.invalid", Map.of("fields", Stage.SCREENING)))
        .isEqualTo("Invalid input: In screening");
  }

  @Test
  void shouldAnswerInEnglishOnlyWhenTheCallerPrefersEnglishToChinese() {
    assertThat(ProblemTexts.locale(List.of(Locale.ENGLISH, CHINESE))).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemTexts.locale(List.of(Locale.FRENCH, Locale.CHINESE, Locale.ENGLISH)))
        .isEqualTo(CHINESE);
    assertThat(ProblemTexts.locale(List.of(Locale.FRENCH))).isEqualTo(CHINESE);
    assertThat(ProblemTexts.locale(List.of())).isEqualTo(CHINESE);
  }

  @Test
  void shouldKeepTheValidatorsMessageForAConstraintWithoutWording() {
    FieldViolation custom =
        new FieldViolation("x", "Custom", "validator text", "input.custom", null, Map.of());

    assertThat(ProblemTexts.word(Locale.ENGLISH, custom).message()).isEqualTo("validator text");
  }

  @Test
  void shouldWordAProblemWithTitleDetailAndFieldErrors() {
    Problem problem =
        Problem.invalid(List.of(InputRules.violation("title", InputRules.UNKNOWN_FIELD)));

    Problem english = problem.worded(Locale.ENGLISH);
    Problem chinese = problem.worded(CHINESE);

    assertThat(english.code()).isEqualTo("input.invalid");
    assertThat(english.title()).isEqualTo("Invalid input");
    assertThat(english.detail()).isEqualTo("Invalid input: title");
    assertThat(english.errors().get(0).message()).isEqualTo("Unknown field title");
    assertThat(chinese.title()).isEqualTo("输入有误");
    assertThat(chinese.errors().get(0).message()).isEqualTo("不认识的字段 title");
  }
}
