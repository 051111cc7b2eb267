package org.modelgate.web.ui.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.AbsenceRequest;
import org.modelgate.api.organisation.AbsenceResponse;
import org.modelgate.api.organisation.AbsenceService;
import org.modelgate.api.organisation.OrganisationService;

/**
 * The user's own absences on the account page: a leader or staff member names a substitute for some
 * days, sees the absences and the ones in which they stand in for someone, and withdraws an absence
 * that is not over.
 */
@Named
@ViewScoped
public class AbsencesPage extends AbsenceForm {

  private static final long serialVersionUID = 1L;

  @Inject AbsenceService absences;
  @Inject OrganisationService organisation;

  @Override
  protected List<AbsenceResponse> readAbsences() {
    return absences.myAbsences();
  }

  @Override
  protected List<UserRef> readCandidates() {
    return absences.mySubstituteCandidates();
  }

  @Override
  protected AbsenceResponse recordAbsence(AbsenceRequest request) {
    return absences.recordMyAbsence(request);
  }

  @Override
  protected void withdrawAbsence(long absenceId) {
    absences.withdrawMyAbsence(absenceId);
  }

  @Override
  protected String absentUsername() {
    return organisation.signedInAccount().username();
  }
}
