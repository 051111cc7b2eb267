package org.modelgate.workflow.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.absence.AbsenceRules.Days;
import org.modelgate.workflow.absence.AbsenceRules.Person;

/**
 * The rules of a valid absence as a table: who may stand in for whom, and which days. Every
 * expectation names the field and the code a client gets.
 */
class AbsenceRulesTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
  static final long OFFICE = 1;
  static final long LANGXI = 11;
  static final long XUANZHOU = 12;

  static final Person LEADER = person(10, "leader", OFFICE + 100, false, Role.LEADER);
  static final Person LEADER2 = person(11, "leader2", OFFICE + 101, false, Role.LEADER);
  static final Person OFFICE_STAFF = person(20, "staff", OFFICE, true, Role.STAFF);
  static final Person OFFICE_STAFF2 = person(21, "staff2", OFFICE, true, Role.STAFF);
  static final Person LANGXI_STAFF = person(22, "staff-langxi", LANGXI, false, Role.STAFF);
  static final Person LANGXI_STAFF2 = person(23, "staff-langxi2", LANGXI, false, Role.STAFF);
  static final Person XUANZHOU_STAFF = person(24, "staff-xz", XUANZHOU, false, Role.STAFF);
  static final Person CREATOR = person(30, "creator", XUANZHOU, false, Role.CREATOR);
  static final Person REVIEWER = person(31, "reviewer", XUANZHOU, false, Role.REVIEWER);
  static final Person LEADING_STAFF =
      person(40, "leading-staff", LANGXI, false, Role.LEADER, Role.STAFF);

  static final Days TODAY_ONLY = new Days(TODAY, TODAY);

  @Test
  void shouldAcceptASubstituteOfTheSameRoleForDaysFromToday() {
    assertThat(check(LEADER2, LEADER, TODAY_ONLY)).isEmpty();
    assertThat(check(LEADER2, LEADER, new Days(TODAY.plusDays(3), TODAY.plusDays(10)))).isEmpty();
    assertThat(check(LANGXI_STAFF, LANGXI_STAFF2, TODAY_ONLY)).isEmpty();
    assertThat(check(OFFICE_STAFF, OFFICE_STAFF2, TODAY_ONLY)).isEmpty();
    assertThat(check(LEADER2, LEADER, new Days(TODAY, TODAY.plusYears(1)))).isEmpty();
  }

  @Test
  void shouldLetTheDigitalOfficeStandInForUnitStaffButNotTheOtherWayRound() {
    assertThat(check(LANGXI_STAFF, OFFICE_STAFF, TODAY_ONLY)).isEmpty();
    assertThat(codes(check(OFFICE_STAFF, LANGXI_STAFF, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-other-unit");
    assertThat(codes(check(LANGXI_STAFF, XUANZHOU_STAFF, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-other-unit");
  }

  @Test
  void shouldRefuseASubstituteWithoutTheAbsentPersonsRoles() {
    assertThat(codes(check(LEADER, OFFICE_STAFF, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-not-leader");
    assertThat(codes(check(LANGXI_STAFF, LEADER, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-not-staff");
    assertThat(codes(check(LEADING_STAFF, LEADER, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-not-staff");
    assertThat(codes(check(LEADING_STAFF, LANGXI_STAFF, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-not-leader");
    assertThat(codes(check(LEADER, CREATOR, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-not-leader");
  }

  @Test
  void shouldRefuseOneselfAnUnknownOrAnInactiveSubstitute() {
    assertThat(check(LEADER, LEADER, TODAY_ONLY))
        .singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo("absence.substitute-self"))
        .satisfies(v -> assertThat(v.rule()).isEqualTo("NotSelf"));
    List<FieldViolation> unknown =
        AbsenceRules.check(LEADER2, 987_654, null, TODAY_ONLY, TODAY, List.of(), List.of());
    assertThat(unknown)
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("substituteId"))
        .satisfies(v -> assertThat(v.code()).isEqualTo("absence.substitute-unknown"))
        .satisfies(v -> assertThat(v.args()).isEqualTo(Map.of("id", 987_654L)));
    Person disabled = new Person(12, "gone", Set.of(Role.LEADER), OFFICE + 102, false, false);
    assertThat(codes(check(LEADER2, disabled, TODAY_ONLY)))
        .containsExactly("substituteId:absence.substitute-inactive");
  }

  @Test
  void shouldRefuseDaysInThePastBackwardsOrLongerThanAYear() {
    assertThat(check(LEADER2, LEADER, new Days(TODAY.minusDays(1), TODAY)))
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("from"))
        .satisfies(v -> assertThat(v.code()).isEqualTo("absence.from-past"))
        .satisfies(v -> assertThat(v.args()).isEqualTo(Map.of("today", TODAY)));
    assertThat(check(LEADER2, LEADER, new Days(TODAY.plusDays(2), TODAY.plusDays(1))))
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("to"))
        .satisfies(v -> assertThat(v.code()).isEqualTo("absence.to-before-from"))
        .satisfies(v -> assertThat(v.args()).isEqualTo(Map.of("from", TODAY.plusDays(2))));
    assertThat(codes(check(LEADER2, LEADER, new Days(TODAY, TODAY.plusYears(1).plusDays(1)))))
        .containsExactly("to:absence.too-long");
  }

  @Test
  void shouldRefuseAnAbsenceOverlappingAnotherOfTheSamePerson() {
    Days booked = new Days(TODAY.plusDays(5), TODAY.plusDays(9));

    assertThat(
            AbsenceRules.check(
                LEADER2,
                LEADER.id(),
                LEADER,
                new Days(TODAY.plusDays(9), TODAY.plusDays(12)),
                TODAY,
                List.of(booked),
                List.of()))
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("from"))
        .satisfies(v -> assertThat(v.code()).isEqualTo("absence.overlap"))
        .satisfies(
            v -> assertThat(v.args()).isEqualTo(Map.of("from", booked.from(), "to", booked.to())));
    assertThat(
            AbsenceRules.check(
                LEADER2,
                LEADER.id(),
                LEADER,
                new Days(TODAY.plusDays(10), TODAY.plusDays(12)),
                TODAY,
                List.of(booked),
                List.of()))
        .as("the day after the other absence is free")
        .isEmpty();
  }

  @Test
  void shouldRefuseASubstituteWhoIsAwayThemselfMeanwhile() {
    assertThat(
            codes(
                AbsenceRules.check(
                    LEADER2,
                    LEADER.id(),
                    LEADER,
                    new Days(TODAY, TODAY.plusDays(3)),
                    TODAY,
                    List.of(),
                    List.of(new Days(TODAY.plusDays(3), TODAY.plusDays(4))))))
        .containsExactly("substituteId:absence.substitute-away");
  }

  @Test
  void shouldReportEveryBrokenRuleAtOnce() {
    assertThat(codes(check(LEADER, LEADER, new Days(TODAY.minusDays(2), TODAY.minusDays(3)))))
        .containsExactly(
            "substituteId:absence.substitute-self",
            "from:absence.from-past",
            "to:absence.to-before-from");
  }

  @Test
  void shouldLetOnlyLeadersAndStaffNameASubstitute() {
    assertThat(AbsenceRules.mayNameSubstitute(LEADER)).isTrue();
    assertThat(AbsenceRules.mayNameSubstitute(LANGXI_STAFF)).isTrue();
    assertThat(AbsenceRules.mayNameSubstitute(CREATOR)).isFalse();
    assertThat(AbsenceRules.mayNameSubstitute(REVIEWER)).isFalse();
  }

  @Test
  void shouldOfferAsCandidatesExactlyThoseWhoMayStandIn() {
    List<Person> everyone =
        List.of(
            LEADER,
            LEADER2,
            OFFICE_STAFF,
            OFFICE_STAFF2,
            LANGXI_STAFF,
            LANGXI_STAFF2,
            XUANZHOU_STAFF,
            CREATOR,
            REVIEWER,
            LEADING_STAFF);

    assertThat(everyone.stream().filter(p -> AbsenceRules.canStandIn(LANGXI_STAFF, p)))
        .containsExactlyInAnyOrder(OFFICE_STAFF, OFFICE_STAFF2, LANGXI_STAFF2, LEADING_STAFF);
    assertThat(everyone.stream().filter(p -> AbsenceRules.canStandIn(LEADER2, p)))
        .containsExactlyInAnyOrder(LEADER, LEADING_STAFF);
  }

  private static List<FieldViolation> check(Person absent, Person substitute, Days days) {
    return AbsenceRules.check(
        absent, substitute.id(), substitute, days, TODAY, List.of(), List.of());
  }

  private static List<String> codes(List<FieldViolation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
  }

  private static Person person(
      long id, String username, long unitId, boolean cityWide, Role... roles) {
    return new Person(id, username, Set.of(roles), unitId, cityWide, true);
  }
}
