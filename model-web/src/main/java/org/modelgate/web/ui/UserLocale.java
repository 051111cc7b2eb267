package org.modelgate.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages for this session: Simplified Chinese unless the browser asks for
 * English first, switchable on every page. Kept across sign-in (the session survives the new id).
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      String asked =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestHeaderMap()
              .getOrDefault("Accept-Language", "");
      locale = asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }
    return locale;
  }

  public boolean isEnglish() {
    return getLocale().getLanguage().equals("en");
  }

  /** A unit's or supervision point's name in this language ({@link LocalNames}). */
  public String name(String name, String nameEn) {
    return LocalNames.of(getLocale(), name, nameEn);
  }

  /** Switches the language and shows the same page again in it. */
  public void switchTo(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
  }
}
