package org.modelgate.web.input;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelgate.api.failure.FieldViolation;

/**
 * The rules for single values, shared by JSON bodies and parameters. Each refusal has a stable rule
 * name and code ({@code input.<rule>}) and names the field and the offending value or character (by
 * its code point) as arguments; the web layer words it in the caller's language.
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

  /** The longest excerpt of a refused value that is quoted back. */
  private static final int EXCERPT = 40;

  private InputRules() {}

  /** The code of a rule, e.g. {@code input.overflow}. */
  public static String code(String rule) {
    return "input." + rule;
  }

  /**
   * A broken rule of {@code field}, code {@code input.<rule>}, with the field and the further
   * arguments (name, value, …).
   */
  public static FieldViolation violation(String field, String rule, Object... keysAndValues) {
    Object[] args = new Object[keysAndValues.length + 2];
    args[0] = "field";
    args[1] = field;
    System.arraycopy(keysAndValues, 0, args, 2, keysAndValues.length);
    return FieldViolation.of(field, rule, code(rule), args);
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
        return Optional.of(character(field, UNPAIRED_SURROGATE, c, i));
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(character(field, UNPAIRED_SURROGATE, c, i));
      }
      boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
      if ((lineBreakOrTab && !multiLine)
          || (!lineBreakOrTab && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))) {
        return Optional.of(
            violation(
                field,
                CONTROL_CHARACTER,
                "codePoint",
                codePoint(c),
                "position",
                i + 1,
                "text",
                multiLine ? "multi-line" : "single-line"));
      }
      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
        return Optional.of(character(field, BIDI_CONTROL, c, i));
      }
    }
    return Optional.empty();
  }

  /** An unknown enum value; the violation lists the allowed ones. */
  public static FieldViolation notOneOf(String field, Object value, Class<?> enumType) {
    List<String> allowed =
        Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("field", field);
    args.put("value", excerpt(String.valueOf(value)));
    args.put("allowed", allowed);
    return new FieldViolation(field, ENUM, null, code(ENUM), allowed, args);
  }

  /** The start of a long value, as it is quoted back. */
  public static String excerpt(String value) {
    return value.length() <= EXCERPT ? value : value.substring(0, EXCERPT) + "…";
  }

  private static FieldViolation character(String field, String rule, char c, int index) {
    return violation(field, rule, "codePoint", codePoint(c), "position", index + 1);
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
