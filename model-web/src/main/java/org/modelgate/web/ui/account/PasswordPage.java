package org.modelgate.web.ui.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.PasswordChangeRequest;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;

/**
 * The user's own password change: the current password, the new one twice. A user who must change
 * the password (one-time password, or an administrator asked) is sent here from every page and goes
 * on to the start page once it is done.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;

  private String currentPassword;
  private String newPassword;
  private String confirmPassword;

  /** Whether the user is here because the password must be changed before anything else. */
  public boolean isRequired() {
    return organisation.signedInAccount().passwordChangeRequired();
  }

  public void change() throws IOException {
    if (newPassword == null || !newPassword.equals(confirmPassword)) {
      Feedback.error(
          FacesContext.getCurrentInstance()
              .getViewRoot()
              .findComponent("f:confirmPassword")
              .getClientId(),
          Texts.get("password.mismatch"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    boolean wasRequired = isRequired();
    boolean changed =
        Feedback.run(
            () ->
                organisation.changeOwnPassword(
                    new PasswordChangeRequest(currentPassword, newPassword)),
            "password.changed");
    currentPassword = null;
    newPassword = null;
    confirmPassword = null;
    if (changed && wasRequired) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/");
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }
}
