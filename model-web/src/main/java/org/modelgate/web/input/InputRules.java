package org.modelgate.web.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelgate.api.failure.FieldViolation;

/**
 * The rules for single values, shared by JSON bodies and parameters. Each refusal has a stable rule
 * name and code; the message names the offending character by its code point.
 */
public final class InputRules {

  public static final String PROBLEM_CODE = "input.invalid";

  public static final String TYPE = "type";
  public static final String ENUM = "enum";
  public static final String OVERFLOW = "overflow";
  public static final String FRACTION = "fraction";
  public static final String CONTROL_CHARACTER = "control-character";
  public static final String BIDI_CONTROL = "bidi-control";
  public static final String UNPAIRED_SURROGATE = "unpaired-surrogate";
  public static final String UNKNOWN_FIELD = "unknown-field";

  private InputRules() {}

  /** The code of a rule, e.g. {@code input.overflow}. */
  public static String code(String rule) {
    return "input." + rule;
  }

  public static FieldViolation violation(String field, String rule, String message) {
    return new FieldViolation(field, rule, message, code(rule), null);
  }

  /**
   * The first character rule a text breaks. Refused everywhere: C0 and C1 control characters and
   * DEL, unpaired surrogates, and the bidirectional embedding, override and isolate characters
   * (U+202A–U+202E, U+2066–U+2069), which can make a displayed name or title lie about its content.
   * Tab, CR and LF are allowed only in multi-line text.
   */
  public static Optional<FieldViolation> text(String field, String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(unpaired(field, c, i));
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(unpaired(field, c, i));
      }
      boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
      if ((lineBreakOrTab && !multiLine)
          || (!lineBreakOrTab && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))) {
        return Optional.of(
            violation(
                field,
                CONTROL_CHARACTER,
                "字段 "
                    + field
                    + " 含控制字符 "
                    + codePoint(c)
                    + "（第 "
                    + (i + 1)
                    + " 个字符）"
                    + (multiLine ? "；只允许制表符和换行" : "；此字段须为单行文字")));
      }
      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
        return Optional.of(
            violation(
                field,
                BIDI_CONTROL,
                "字段 "
                    + field
                    + " 含双向文字控制符 "
                    + codePoint(c)
                    + "（第 "
                    + (i + 1)
                    + " 个字符），显示时会颠倒文字顺序"));
      }
    }
    return Optional.empty();
  }

  /** An unknown enum value; the violation lists the allowed ones. */
  public static FieldViolation notOneOf(String field, Object value, Class<?> enumType) {
    List<String> allowed =
        Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    return new FieldViolation(
        field,
        ENUM,
        "字段 " + field + " 的值 " + value + " 无效，只能是：" + String.join(", ", allowed),
        code(ENUM),
        allowed);
  }

  private static FieldViolation unpaired(String field, char c, int index) {
    return violation(
        field,
        UNPAIRED_SURROGATE,
        "字段 "
            + field
            + " 含不成对的代理字符 "
            + codePoint(c)
            + "（第 "
            + (index + 1)
            + " 个字符），不是有效的 Unicode 文字");
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
