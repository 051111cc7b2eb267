package org.modelgate.workflow.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.organisation.AbsenceRequest;
import org.modelgate.api.organisation.AbsenceResponse;
import org.modelgate.api.organisation.AbsenceService;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.absence.AbsenceRules.Days;
import org.modelgate.workflow.absence.AbsenceRules.Person;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Records and withdraws absences, for the absent person themself or by a system administrator. The
 * absent person's row is locked while an absence is checked and written, so that two overlapping
 * absences sent at once cannot both pass the overlap rule. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class DefaultAbsenceService implements AbsenceService {

  static final String ENTITY = "Absence";

  @Inject AbsenceRepository absences;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject RequestValidator validator;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<AbsenceResponse> myAbsences() {
    LocalDate today = today();
    return absences.involving(currentCaller.get().userId()).stream()
        .map(absence -> toResponse(absence, today))
        .toList();
  }

  @Override
  public AbsenceResponse recordMyAbsence(AbsenceRequest request) {
    Caller caller = currentCaller.get();
    UserAccount me = absences.lockUser(caller.userId()).orElseThrow();
    if (!AbsenceRules.mayNameSubstitute(person(me))) {
      throw access.deny(caller, "absence.not-leader-or-staff");
    }
    return record(me, request);
  }

  @Override
  public void withdrawMyAbsence(long absenceId) {
    Caller caller = currentCaller.get();
    Absence absence = absences.find(absenceId).orElseThrow(() -> notFound(absenceId));
    if (absence.getAbsent().getId() != caller.userId()) {
      if (absence.getSubstitute().getId() == caller.userId()) {
        throw access.deny(caller, "absence.not-own");
      }
      throw notFound(absenceId);
    }
    withdraw(absence);
  }

  @Override
  public List<UserRef> mySubstituteCandidates() {
    return candidates(currentCaller.account());
  }

  @Override
  public List<AbsenceResponse> absencesOf(long userId) {
    requireAdmin();
    UserAccount user = user(userId);
    LocalDate today = today();
    return absences.ofAbsent(user.getId()).stream()
        .map(absence -> toResponse(absence, today))
        .toList();
  }

  @Override
  public AbsenceResponse recordAbsence(long userId, AbsenceRequest request) {
    requireAdmin();
    UserAccount absent = absences.lockUser(userId).orElseThrow(() -> userNotFound(userId));
    if (!AbsenceRules.mayNameSubstitute(person(absent))) {
      throw InvalidInputException.of(
          "id",
          "LeaderOrStaff",
          "absence.absent-not-leader-or-staff",
          "username",
          absent.getUsername());
    }
    return record(absent, request);
  }

  @Override
  public void withdrawAbsence(long userId, long absenceId) {
    requireAdmin();
    user(userId);
    Absence absence = absences.find(absenceId).orElseThrow(() -> notFound(absenceId));
    if (absence.getAbsent().getId() != userId) {
      throw notFound(absenceId);
    }
    withdraw(absence);
  }

  @Override
  public List<UserRef> substituteCandidates(long userId) {
    requireAdmin();
    return candidates(user(userId));
  }

  private AbsenceResponse record(UserAccount absent, AbsenceRequest request) {
    validator.valid(request);
    LocalDate today = today();
    UserAccount substitute = organisation.findUserById(request.substituteId()).orElse(null);
    Days days = new Days(request.from(), request.to());
    var broken =
        AbsenceRules.check(
            person(absent),
            request.substituteId(),
            substitute == null ? null : person(substitute),
            days,
            today,
            absences.ofAbsent(absent.getId()).stream().map(Absence::days).toList(),
            substitute == null
                ? List.of()
                : absences.ofAbsent(substitute.getId()).stream().map(Absence::days).toList());
    if (!broken.isEmpty()) {
      throw new InvalidInputException(broken);
    }
    String reason =
        request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
    Absence absence =
        absences.add(
            new Absence(
                absent,
                substitute,
                request.from(),
                request.to(),
                reason,
                currentCaller.account(),
                clock.instant()));
    audit.record(
        new AuditRecord(
                currentCaller.get().username(),
                "ABSENCE_RECORDED",
                ENTITY,
                String.valueOf(absence.getId()),
                null,
                null,
                null,
                reason)
            .saying(
                "history.absence-recorded",
                "absent",
                absent.getUsername(),
                "substitute",
                substitute.getUsername(),
                "from",
                absence.getStartsOn(),
                "to",
                absence.getEndsOn()));
    return toResponse(absence, today);
  }

  /**
   * An absence to come is removed; a running one ends yesterday, or is removed if it began today;
   * one that is over is part of the record and stays.
   */
  private void withdraw(Absence absence) {
    LocalDate today = today();
    if (absence.getEndsOn().isBefore(today)) {
      throw new LifecycleViolationException(
          "absence.over", "from", absence.getStartsOn(), "to", absence.getEndsOn());
    }
    AuditRecord withdrawn =
        new AuditRecord(
            currentCaller.get().username(),
            "ABSENCE_WITHDRAWN",
            ENTITY,
            String.valueOf(absence.getId()),
            null,
            null,
            null,
            null);
    if (absence.getStartsOn().isBefore(today)) {
      absence.endOn(today.minusDays(1));
      withdrawn =
          withdrawn.saying(
              "history.absence-shortened",
              "absent",
              absence.getAbsent().getUsername(),
              "from",
              absence.getStartsOn(),
              "to",
              absence.getEndsOn());
    } else {
      absences.remove(absence);
      withdrawn =
          withdrawn.saying(
              "history.absence-withdrawn",
              "absent",
              absence.getAbsent().getUsername(),
              "from",
              absence.getStartsOn(),
              "to",
              absence.getEndsOn());
    }
    audit.record(withdrawn);
  }

  /** The active users who may stand in for the person, by username. */
  private List<UserRef> candidates(UserAccount absent) {
    Person person = person(absent);
    Role role = absent.has(Role.LEADER) ? Role.LEADER : Role.STAFF;
    if (!AbsenceRules.mayNameSubstitute(person)) {
      return List.of();
    }
    return organisation.usersWithRole(role).stream()
        .filter(user -> AbsenceRules.canStandIn(person, person(user)))
        .map(UserAccount::toRef)
        .toList();
  }

  private void requireAdmin() {
    Caller caller = currentCaller.get();
    if (!caller.has(Role.ADMIN)) {
      throw access.deny(caller, "absence.admin-only");
    }
  }

  private UserAccount user(long userId) {
    return organisation.findUserById(userId).orElseThrow(() -> userNotFound(userId));
  }

  private Person person(UserAccount user) {
    return new Person(
        user.getId(),
        user.getUsername(),
        user.roles(),
        user.getUnit().getId(),
        user.getUnit().isCityWide(),
        user.isActiveAt(clock.instant()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(OfficeTime.ZONE));
  }

  private static AbsenceResponse toResponse(Absence absence, LocalDate today) {
    return new AbsenceResponse(
        absence.getId(),
        absence.getAbsent().toRef(),
        absence.getSubstitute().toRef(),
        absence.getStartsOn(),
        absence.getEndsOn(),
        absence.getReason(),
        absence.getCreatedBy().toRef(),
        absence.getCreatedAt(),
        absence.runsOn(today));
  }

  private static EntityNotFoundException notFound(long absenceId) {
    return new EntityNotFoundException("absence", absenceId);
  }

  private static EntityNotFoundException userNotFound(long userId) {
    return new EntityNotFoundException("user", userId);
  }
}
