package org.modelgate.web.ui;

import java.util.Set;
import org.modelgate.api.security.ModelAction;

/**
 * The one way pages decide whether to offer a button, link or form: the action, named as in {@link
 * ModelAction}, is among the {@code allowedActions} the service answered for this caller. Pages
 * expose it as {@code #{page.can('WITHDRAW')}}; no page re-derives a role or stage rule.
 */
public final class Actions {

  private Actions() {}

  /**
   * Whether {@code action} is allowed; a name that is no {@link ModelAction} fails (a typo in a
   * page).
   */
  public static boolean allows(Set<ModelAction> allowed, String action) {
    ModelAction named = ModelAction.valueOf(action);
    return allowed != null && allowed.contains(named);
  }
}
