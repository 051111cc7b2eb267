package org.modelgate.web.ui;

import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Names of reference data (units, supervision points) in the page's language: the English name for
 * English pages, the Chinese name otherwise, and the Chinese one whenever no English name is known.
 * In pages: {@code #{userLocale.name(x.unitName, x.unitNameEn)}}.
 */
public final class LocalNames {

  private LocalNames() {}

  /** {@code name} or {@code nameEn}, whichever the language of the current page reads. */
  public static String of(String name, String nameEn) {
    return of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), name, nameEn);
  }

  /** {@code name} or {@code nameEn}, whichever {@code locale}'s readers read. */
  public static String of(Locale locale, String name, String nameEn) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
  }
}
