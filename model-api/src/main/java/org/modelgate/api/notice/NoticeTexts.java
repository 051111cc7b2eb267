package org.modelgate.api.notice;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a notice's code and arguments with a bundle of the reader's language: the pattern is
 * {@code notice.<code>}; an argument that names a step ({@code task.<id>}) or an outcome ({@code
 * outcome.<code>}) is rendered as that word, any other is filled in as it is.
 */
public final class NoticeTexts {

  private NoticeTexts() {}

  public static String render(ResourceBundle bundle, String code, List<String> arguments) {
    Object[] values =
        arguments.stream().map(argument -> word(bundle, argument)).toArray(Object[]::new);
    String pattern;
    try {
      pattern = bundle.getString("notice." + code);
    } catch (MissingResourceException e) {
      return code + " " + String.join(" · ", arguments);
    }
    Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
    return new MessageFormat(pattern, locale).format(values);
  }

  private static String word(ResourceBundle bundle, String argument) {
    for (String prefix : List.of("task.", "outcome.")) {
      if (bundle.containsKey(prefix + argument)) {
        return bundle.getString(prefix + argument);
      }
    }
    return argument;
  }
}
