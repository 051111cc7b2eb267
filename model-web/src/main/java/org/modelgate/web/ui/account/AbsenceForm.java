package org.modelgate.web.ui.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.AbsenceRequest;
import org.modelgate.api.organisation.AbsenceResponse;
import org.modelgate.web.ui.Feedback;

/**
 * The form and list of absences with a substitute, the same for a user's own account page and for
 * an administrator recording one for someone away ({@code WEB-INF/includes/absences.xhtml}); the
 * subclasses say whose absences and which service calls. The lists are read when first shown and
 * again after every change.
 */
public abstract class AbsenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long substituteId;
  private LocalDate from = today();
  private LocalDate to = today();
  private String reason;
  private List<Row> absences;
  private List<UserRef> candidates;

  /** The absences shown: of the person, and for the own page those they stand in for. */
  protected abstract List<AbsenceResponse> readAbsences();

  /** Who may stand in for the person. */
  protected abstract List<UserRef> readCandidates();

  protected abstract AbsenceResponse recordAbsence(AbsenceRequest request);

  protected abstract void withdrawAbsence(long absenceId);

  /** The username of the person whose absences these are. */
  protected abstract String absentUsername();

  public void record() {
    Feedback.call(
            () -> recordAbsence(new AbsenceRequest(substituteId, from, to, reason)),
            "absence.recorded")
        .ifPresent(
            recorded -> {
              substituteId = null;
              from = today();
              to = today();
              reason = null;
              refresh();
            });
  }

  /**
   * One absence as a row of the list, with what the row shows and its withdraw action, so that the
   * table needs no call back into the form.
   */
  public final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AbsenceResponse absence;

    Row(AbsenceResponse absence) {
      this.absence = absence;
    }

    public AbsenceResponse getAbsence() {
      return absence;
    }

    /** The state today: {@code active}, {@code upcoming} or {@code over}. */
    public String getState() {
      if (absence.active()) {
        return "active";
      }
      return absence.from().isAfter(today()) ? "upcoming" : "over";
    }

    /** Whether the absence can still be withdrawn here: the person's own, not over yet. */
    public boolean isWithdrawable() {
      return absence.absent().username().equals(absentUsername())
          && !absence.to().isBefore(today());
    }

    public void withdraw() {
      if (Feedback.run(() -> withdrawAbsence(absence.id()), "absence.withdrawn")) {
        refresh();
      }
    }
  }

  protected void refresh() {
    absences = null;
    candidates = null;
  }

  public List<Row> getAbsences() {
    if (absences == null) {
      absences = readAbsences().stream().map(Row::new).toList();
    }
    return absences;
  }

  public List<UserRef> getCandidates() {
    if (candidates == null) {
      candidates = readCandidates();
    }
    return candidates;
  }

  public Long getSubstituteId() {
    return substituteId;
  }

  public void setSubstituteId(Long substituteId) {
    this.substituteId = substituteId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  private static LocalDate today() {
    return LocalDate.now(OfficeTime.ZONE);
  }
}
