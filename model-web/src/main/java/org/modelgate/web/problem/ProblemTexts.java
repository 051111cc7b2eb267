package org.modelgate.web.problem;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelgate.api.common.Labels;
import org.modelgate.api.failure.FieldViolation;

/**
 * Words refusals for people: bundle {@code org/modelgate/web/problem/problems} (Chinese, the
 * default) and {@code problems_en}, one entry per code with {@code {name}} placeholders for the
 * code's arguments, and {@code type.<slug>} per problem type. An enum argument is named by {@link
 * Labels}, a list is joined ({@code list.separator}), a term has an entry of its own ({@code
 * <code>.<name>.<value>}), anything else is its text.
 */
public final class ProblemTexts {

  private static final String BUNDLE = "org.modelgate.web.problem.problems";

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private ProblemTexts() {}

  /** Whether {@code text} is a code rather than a worded message. */
  public static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }

  /** The language to answer in: English if the caller prefers it to Chinese, else Chinese. */
  public static Locale locale(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String language = locale.getLanguage();
      if (language.equals("en") || language.equals("zh")) {
        return Labels.supported(locale);
      }
    }
    return Labels.DEFAULT;
  }

  /** The title of the problem type named {@code slug}. */
  public static String title(Locale locale, String slug) {
    return text(locale, "type." + slug).orElse(slug);
  }

  /** The text of {@code code} with its arguments filled in; the code itself if it has no text. */
  public static String word(Locale locale, String code, Map<String, ?> args) {
    String pattern = text(locale, code).orElse(null);
    if (pattern == null) {
      return args == null || args.isEmpty() ? code : code + " " + args;
    }
    return fill(locale, code, pattern, args);
  }

  /**
   * {@code pattern} with its {@code {name}} placeholders filled in from {@code args} in {@code
   * locale}'s language (enum constants by their labels, lists joined); a placeholder without an
   * argument stays as it is. For texts of other bundles, e.g. the lines of a model's history.
   */
  public static String fill(Locale locale, String pattern, Map<String, ?> args) {
    return fill(locale, null, pattern, args);
  }

  private static String fill(Locale locale, String code, String pattern, Map<String, ?> args) {
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder worded = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value =
          args != null && args.containsKey(name)
              ? argument(locale, code, name, args.get(name))
              : matcher.group();
      matcher.appendReplacement(worded, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(worded).toString();
  }

  /** A field error with its message worded from its code, if it has one and no message yet. */
  public static FieldViolation word(Locale locale, FieldViolation violation) {
    if (violation.code() == null) {
      return violation;
    }
    boolean hasText = text(locale, violation.code()).isPresent();
    if (violation.message() != null && !hasText) {
      return violation;
    }
    return violation.withMessage(word(locale, violation.code(), violation.args()));
  }

  /**
   * An argument in words: a text argument that is a term (e.g. {@code expected → date-time}) is
   * worded by the entry {@code <code>.<name>.<value>} if the bundle has one; else as {@link
   * #value}.
   */
  private static String argument(Locale locale, String code, String name, Object value) {
    if (code != null && value instanceof String term) {
      Optional<String> worded = text(locale, code + "." + name + "." + term);
      if (worded.isPresent()) {
        return worded.get();
      }
    }
    return value(locale, value);
  }

  private static String value(Locale locale, Object value) {
    return switch (value) {
      case null -> "";
      case Enum<?> constant -> Labels.of(constant, locale);
      case Collection<?> many ->
          many.stream()
              .map(item -> value(locale, item))
              .collect(Collectors.joining(text(locale, "list.separator").orElse(", ")));
      case TemporalAccessor time -> time.toString();
      default -> value.toString();
    };
  }

  /** The bundle's text under {@code key} in {@code locale}'s language, if there is one. */
  public static Optional<String> text(Locale locale, String key) {
    try {
      return Optional.of(
          ResourceBundle.getBundle(
                  BUNDLE,
                  Labels.supported(locale),
                  ProblemTexts.class.getClassLoader(),
                  Labels.NO_FALLBACK)
              .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
