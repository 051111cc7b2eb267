package org.modelgate.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.security.Role;

/**
 * The signed-in user as the pages see it: name, unit and roles, to show only the menus and buttons
 * the user may use. Only menus are decided by role here; buttons and forms follow the models'
 * {@code allowedActions} (see {@code Actions}). Hiding is a courtesy; the services refuse the rest.
 */
@Named("me")
@RequestScoped
public class CurrentUser {

  @Inject OrganisationService organisation;

  private AccountResponse account;

  public AccountResponse getAccount() {
    if (account == null) {
      account = organisation.signedInAccount();
    }
    return account;
  }

  public boolean is(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public boolean isCreator() {
    return is(Role.CREATOR.roleName());
  }

  public boolean isLeader() {
    return is(Role.LEADER.roleName());
  }

  public boolean isStaff() {
    return is(Role.STAFF.roleName());
  }

  public boolean isReviewer() {
    return is(Role.REVIEWER.roleName());
  }

  public boolean isAdmin() {
    return is(Role.ADMIN.roleName());
  }

  /** Signs out: ends the authentication and the session, then shows the sign-in page. */
  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      throw new IOException("sign-out failed", e);
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
