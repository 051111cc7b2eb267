package org.modelgate.api.organisation;

import java.time.Period;
import java.util.List;
import org.modelgate.api.common.UserRef;

/**
 * Absences and substitutes (DESIGN §4 "Substitutes"). A leader or staff member names a substitute
 * for a range of days; while the absence runs the substitute is offered the absent person's tasks
 * and acts in their own name "for" them, under the same segregation of duties as anyone. System
 * administrators record one for someone who is away. Every change is audited.
 */
public interface AbsenceService {

  /** The longest an absence may run: its last day is at most this long after its first. */
  Period MAX_LENGTH = Period.ofYears(1);

  /**
   * The caller's absences and those in which the caller stands in for someone, latest first, past
   * ones included.
   */
  List<AbsenceResponse> myAbsences();

  /** Records an absence of the caller, who must be a leader or staff member. */
  AbsenceResponse recordMyAbsence(AbsenceRequest request);

  /**
   * Withdraws one of the caller's absences: one still to come is removed, one that runs ends
   * yesterday (removed if it began today); one that is over stays as it was (409). Another's is not
   * found.
   */
  void withdrawMyAbsence(long absenceId);

  /** Who the caller may name as substitute: active users of the same roles and scope. */
  List<UserRef> mySubstituteCandidates();

  /** A user's absences, latest first (system administrators; 404 for an unknown user). */
  List<AbsenceResponse> absencesOf(long userId);

  /** Records an absence of the user, who must be a leader or staff member (administrators). */
  AbsenceResponse recordAbsence(long userId, AbsenceRequest request);

  /** As {@link #withdrawMyAbsence}, for an absence of the user (system administrators). */
  void withdrawAbsence(long userId, long absenceId);

  /** Who may be named as the user's substitute (system administrators). */
  List<UserRef> substituteCandidates(long userId);
}
