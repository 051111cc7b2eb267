package org.modelgate.api.common;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The names of the API's enum values for people, in Chinese (the default) or English: bundle {@code
 * org/modelgate/api/common/labels}, key {@code <EnumSimpleName>.<CONSTANT>}. A value without a
 * label is named by its constant.
 */
public final class Labels {

  /** The office's language, used when the reader's is unknown. */
  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  private static final String BUNDLE = "org.modelgate.api.common.labels";

  /**
   * Chinese is the base bundle: without this, a JVM whose default locale is English would answer
   * Chinese readers from {@code labels_en}.
   */
  public static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Labels() {}

  /** {@code value}'s name in {@code locale}'s language. */
  public static String of(Enum<?> value, Locale locale) {
    try {
      return bundle(locale)
          .getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    } catch (MissingResourceException e) {
      return value.name();
    }
  }

  /**
   * The items as one list in {@code locale}'s language, e.g. {@code 甲、乙} or {@code A, B}: the
   * separator is the bundle's {@code list.separator}.
   */
  public static String list(Collection<?> items, Locale locale) {
    String separator = bundle(locale).getString("list.separator");
    return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }

  /** {@code value}'s name in Chinese. */
  public static String of(Enum<?> value) {
    return of(value, DEFAULT);
  }

  /** The bundle of {@code locale}'s language, without falling back ({@link #NO_FALLBACK}). */
  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, supported(locale), Labels.class.getClassLoader(), NO_FALLBACK);
  }

  /** English for English readers, Chinese for everyone else. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT;
  }
}
