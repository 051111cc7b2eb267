package org.modelgate.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.modelgate.api.administration.UserResponse;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.AbsenceRequest;
import org.modelgate.api.organisation.AbsenceResponse;
import org.modelgate.api.organisation.AbsenceService;
import org.modelgate.api.security.Role;
import org.modelgate.web.ui.account.AbsenceForm;

/**
 * The absences of one user, in a dialog of the users page: a system administrator records a
 * substitute for someone who is away, or withdraws an absence.
 */
@Named
@ViewScoped
public class AdminAbsencesPage extends AbsenceForm {

  private static final long serialVersionUID = 1L;

  @Inject AbsenceService absences;

  private UserResponse user;

  /** Opens the dialog for the user. */
  public void open(UserResponse user) {
    this.user = user;
    refresh();
  }

  /** Whether the user has work a substitute could take over: leaders and staff. */
  public boolean eligible(UserResponse user) {
    return user.roles().contains(Role.LEADER) || user.roles().contains(Role.STAFF);
  }

  public UserResponse getUser() {
    return user;
  }

  @Override
  protected List<AbsenceResponse> readAbsences() {
    return user == null ? List.of() : absences.absencesOf(user.id());
  }

  @Override
  protected List<UserRef> readCandidates() {
    return user == null ? List.of() : absences.substituteCandidates(user.id());
  }

  @Override
  protected AbsenceResponse recordAbsence(AbsenceRequest request) {
    return absences.recordAbsence(user.id(), request);
  }

  @Override
  protected void withdrawAbsence(long absenceId) {
    absences.withdrawAbsence(user.id(), absenceId);
  }

  @Override
  protected String absentUsername() {
    return user == null ? null : user.username();
  }
}
