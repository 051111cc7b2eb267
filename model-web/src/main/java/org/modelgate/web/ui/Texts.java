package org.modelgate.web.ui;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The page texts of the current view's language, for messages built in page beans. */
public final class Texts {

  private Texts() {}

  /** The text under {@code key}, with {@code {0}}-style arguments filled in. */
  public static String get(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  /** The text under {@code key} if there is one, otherwise {@code fallback}. */
  public static String getOrDefault(String key, String fallback) {
    try {
      return get(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
