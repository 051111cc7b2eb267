package org.modelgate.workflow.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.organisation.AbsenceService;
import org.modelgate.api.security.Role;

/**
 * What makes an absence valid, as pure functions of the people and the days, so that {@code
 * AbsenceRulesTest} can state them as a table. The substitute takes over the absent person's work,
 * so they must be able to do it: active, holding the absent person's leader and staff roles, and as
 * staff acting for the same unit (the digital office acts for every unit, but only the office
 * stands in for the office). An absence starts today or later, ends on or after its start, lasts at
 * most {@link AbsenceService#MAX_LENGTH} and does not overlap another of the same person; the
 * substitute is not away themself meanwhile.
 */
public final class AbsenceRules {

  static final String SUBSTITUTE = "substituteId";
  static final String FROM = "from";
  static final String TO = "to";

  private AbsenceRules() {}

  /** Someone taking part in an absence, as far as the rules need to know. */
  public record Person(
      long id, String username, Set<Role> roles, long unitId, boolean cityWide, boolean active) {

    public Person {
      roles = Set.copyOf(roles);
    }

    boolean has(Role role) {
      return roles.contains(role);
    }
  }

  /** A range of days, both ends included. */
  public record Days(LocalDate from, LocalDate to) {

    boolean overlaps(Days other) {
      return !from.isAfter(other.to) && !other.from.isAfter(to);
    }
  }

  /** Whether the person may be away with a substitute at all: leaders and staff have tasks. */
  public static boolean mayNameSubstitute(Person person) {
    return person.has(Role.LEADER) || person.has(Role.STAFF);
  }

  /**
   * The broken rules of a new absence; empty if it is valid.
   *
   * @param substitute the substitute, or null when {@code substituteId} names nobody
   * @param absentElsewhere the absent person's other absences
   * @param substituteAway the substitute's own absences
   */
  public static List<FieldViolation> check(
      Person absent,
      long substituteId,
      Person substitute,
      Days days,
      LocalDate today,
      Collection<Days> absentElsewhere,
      Collection<Days> substituteAway) {
    List<FieldViolation> broken = new ArrayList<>();
    substituteViolation(absent, substituteId, substitute).ifPresent(broken::add);
    if (days.from().isBefore(today)) {
      broken.add(FieldViolation.of(FROM, "FutureOrPresent", "absence.from-past", "today", today));
    }
    if (days.to().isBefore(days.from())) {
      broken.add(
          FieldViolation.of(TO, "NotBeforeFrom", "absence.to-before-from", "from", days.from()));
    } else if (days.to().isAfter(days.from().plus(AbsenceService.MAX_LENGTH))) {
      broken.add(
          FieldViolation.of(
              TO,
              "MaxLength",
              "absence.too-long",
              "latest",
              days.from().plus(AbsenceService.MAX_LENGTH)));
    } else {
      absentElsewhere.stream()
          .filter(days::overlaps)
          .findFirst()
          .ifPresent(
              other ->
                  broken.add(
                      FieldViolation.of(
                          FROM,
                          "NoOverlap",
                          "absence.overlap",
                          "from",
                          other.from(),
                          "to",
                          other.to())));
      if (substitute != null && broken.isEmpty()) {
        substituteAway.stream()
            .filter(days::overlaps)
            .findFirst()
            .ifPresent(
                other ->
                    broken.add(
                        FieldViolation.of(
                            SUBSTITUTE,
                            "SubstitutePresent",
                            "absence.substitute-away",
                            "username",
                            substitute.username(),
                            "from",
                            other.from(),
                            "to",
                            other.to())));
      }
    }
    return broken;
  }

  /** Whether the person can stand in for the absent one: the rules on the substitute alone. */
  public static boolean canStandIn(Person absent, Person substitute) {
    return substituteViolation(absent, substitute.id(), substitute).isEmpty();
  }

  private static Optional<FieldViolation> substituteViolation(
      Person absent, long substituteId, Person substitute) {
    if (substitute == null) {
      return Optional.of(
          FieldViolation.of(
              SUBSTITUTE, "exists", "absence.substitute-unknown", "id", substituteId));
    }
    String name = substitute.username();
    if (substitute.id() == absent.id()) {
      return Optional.of(FieldViolation.of(SUBSTITUTE, "NotSelf", "absence.substitute-self"));
    }
    if (!substitute.active()) {
      return Optional.of(
          FieldViolation.of(SUBSTITUTE, "Active", "absence.substitute-inactive", "username", name));
    }
    if (absent.has(Role.LEADER) && !substitute.has(Role.LEADER)) {
      return Optional.of(
          FieldViolation.of(
              SUBSTITUTE, "SameRole", "absence.substitute-not-leader", "username", name));
    }
    if (absent.has(Role.STAFF)) {
      if (!substitute.has(Role.STAFF)) {
        return Optional.of(
            FieldViolation.of(
                SUBSTITUTE, "SameRole", "absence.substitute-not-staff", "username", name));
      }
      boolean coversScope =
          absent.cityWide()
              ? substitute.cityWide()
              : substitute.cityWide() || substitute.unitId() == absent.unitId();
      if (!coversScope) {
        return Optional.of(
            FieldViolation.of(
                SUBSTITUTE, "SameUnit", "absence.substitute-other-unit", "username", name));
      }
    }
    return Optional.empty();
  }
}
