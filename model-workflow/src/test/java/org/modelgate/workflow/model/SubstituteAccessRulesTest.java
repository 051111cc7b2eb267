package org.modelgate.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelgate.workflow.model.AccessRulesTest.At.PILOT_PLANNING_WITH_OPEN_CONDITIONS;
import static org.modelgate.workflow.model.AccessRulesTest.At.REVIEWS_OPEN;
import static org.modelgate.workflow.model.AccessRulesTest.At.RULE_TASK_BEFORE_FORUM_DAY;
import static org.modelgate.workflow.model.AccessRulesTest.At.RULE_TASK_ON_FORUM_DAY;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.model.AccessRules.ReviewVisibility;
import org.modelgate.workflow.model.AccessRules.Verdict.Kind;
import org.modelgate.workflow.model.AccessRulesTest.At;
import org.modelgate.workflow.model.AccessRulesTest.Who;

/**
 * A substitute may do what the absent person may by assignment — rule as the presiding leader, read
 * the reviews as they would, close a condition they own — while every other rule is checked on the
 * substitute: a substitute who co-created the model may not rule, and nobody reviews for an invited
 * reviewer. In the world of {@link AccessRulesTest}.
 */
class SubstituteAccessRulesTest {

  /** A leader who does not preside, standing in for the presiding leader today. */
  static final Caller SUBSTITUTE = leader(310, Role.LEADER);

  /** A leader who co-created model 42, standing in for the presiding leader today. */
  static final Caller CO_CREATING_SUBSTITUTE =
      new Caller(
          Who.CO_CREATING_LEADER.id(),
          "co_creating_leader",
          "CO_CREATING_LEADER",
          AccessRulesTest.LEADERSHIP_UNIT,
          false,
          Set.of(Role.LEADER, Role.CREATOR),
          Set.of(ref(Who.PRESIDING_LEADER)));

  /** The same leader once the absence is over: stands in for nobody. */
  static final Caller FORMER_SUBSTITUTE =
      new Caller(
          310, "former", "FORMER", AccessRulesTest.LEADERSHIP_UNIT, false, Set.of(Role.LEADER));

  @Test
  void shouldLetTheSubstituteRuleForThePresidingLeaderWhenThePresidingLeaderCould() {
    assertThat(kind(SUBSTITUTE, RULE_TASK_ON_FORUM_DAY, ModelAction.RULE)).isEqualTo(Kind.ALLOWED);
    assertThat(kind(SUBSTITUTE, RULE_TASK_BEFORE_FORUM_DAY, ModelAction.RULE))
        .isEqualTo(Kind.NOT_NOW);
    assertThat(kind(SUBSTITUTE, REVIEWS_OPEN, ModelAction.RULE)).isEqualTo(Kind.NOT_NOW);
  }

  @Test
  void shouldRefuseTheRulingToASubstituteWhoCoCreatedTheModel() {
    assertThat(kind(CO_CREATING_SUBSTITUTE, RULE_TASK_ON_FORUM_DAY, ModelAction.RULE))
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(AccessRules.reviews(CO_CREATING_SUBSTITUTE, RULE_TASK_ON_FORUM_DAY.facts))
        .isEqualTo(ReviewVisibility.HIDDEN);
  }

  @Test
  void shouldGiveNothingOnceTheAbsenceIsOver() {
    assertThat(kind(FORMER_SUBSTITUTE, RULE_TASK_ON_FORUM_DAY, ModelAction.RULE))
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(AccessRules.reviews(FORMER_SUBSTITUTE, RULE_TASK_ON_FORUM_DAY.facts))
        .isEqualTo(ReviewVisibility.HIDDEN);
    assertThat(AccessRules.seesWholeForum(FORMER_SUBSTITUTE, Who.PRESIDING_LEADER.id(), Set.of()))
        .isFalse();
  }

  @Test
  void shouldShowTheSubstituteTheReviewsAndTheForumAsThePresidingLeaderSeesThem() {
    assertThat(AccessRules.reviews(SUBSTITUTE, RULE_TASK_ON_FORUM_DAY.facts))
        .isEqualTo(ReviewVisibility.NAMED);
    assertThat(AccessRules.seesWholeForum(SUBSTITUTE, Who.PRESIDING_LEADER.id(), Set.of()))
        .isTrue();
  }

  @Test
  void shouldNeverLetASubstituteReviewForTheInvitedReviewer() {
    Caller standingInForReviewer =
        new Caller(
            320,
            "stand_in",
            "STAND_IN",
            AccessRulesTest.LEADERSHIP_UNIT,
            false,
            Set.of(Role.LEADER, Role.REVIEWER),
            Set.of(ref(Who.REVIEWER_TO_REVIEW)));

    assertThat(kind(standingInForReviewer, REVIEWS_OPEN, ModelAction.REVIEW))
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(kind(standingInForReviewer, REVIEWS_OPEN, ModelAction.ABSTAIN))
        .isEqualTo(Kind.FORBIDDEN);
  }

  @Test
  void shouldLetTheSubstituteCloseAConditionTheAbsentPersonOwns() {
    Caller standingInForOwner =
        new Caller(
            330,
            "owner_stand_in",
            "OWNER_STAND_IN",
            AccessRulesTest.OWNING_UNIT,
            false,
            Set.of(Role.STAFF),
            Set.of(ref(Who.OWNING_UNIT_STAFF)));
    Caller colleague =
        new Caller(
            330,
            "owner_stand_in",
            "OWNER_STAND_IN",
            AccessRulesTest.OWNING_UNIT,
            false,
            Set.of(Role.STAFF));

    assertThat(
            kind(
                standingInForOwner,
                PILOT_PLANNING_WITH_OPEN_CONDITIONS,
                ModelAction.CLOSE_CONDITION))
        .isEqualTo(Kind.ALLOWED);
    assertThat(kind(colleague, PILOT_PLANNING_WITH_OPEN_CONDITIONS, ModelAction.CLOSE_CONDITION))
        .isEqualTo(Kind.FORBIDDEN);
  }

  private static Kind kind(Caller caller, At at, ModelAction action) {
    return AccessRules.decide(caller, at.facts, action, at.today).kind();
  }

  private static Caller leader(long id, Role... roles) {
    return new Caller(
        id,
        "substitute",
        "SUBSTITUTE",
        AccessRulesTest.LEADERSHIP_UNIT,
        false,
        Set.of(roles),
        Set.of(ref(Who.PRESIDING_LEADER)));
  }

  private static UserRef ref(Who who) {
    return new UserRef(who.id(), who.caller.username(), who.name());
  }
}
