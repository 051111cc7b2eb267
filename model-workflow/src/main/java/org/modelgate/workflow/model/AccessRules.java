package org.modelgate.workflow.model;

import static org.modelgate.api.security.ModelAction.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * The rules of who may see and do what (DESIGN §3 and §3a), as pure functions of the caller, the
 * {@link ModelFacts} of a model and today's date. {@link AccessPolicy} loads the facts and enforces
 * the answers; {@code AccessRulesTest} is the table that specifies them. Nothing else in the
 * application decides who may.
 */
public final class AccessRules {

  /** Stages in which the creators may change the proposal. */
  static final Set<Stage> EDITABLE = EnumSet.of(Stage.DRAFT, Stage.REVISION);

  /** Stages from which the creators may withdraw: submitted and not yet adopted. */
  static final Set<Stage> WITHDRAWABLE =
      EnumSet.of(
          Stage.SCREENING,
          Stage.REVISION,
          Stage.AWAITING_FORUM,
          Stage.FORUM_REVIEW,
          Stage.PILOT_PLANNING,
          Stage.PILOT,
          Stage.EVALUATION,
          Stage.ADOPTION);

  /** Stages in which the model produces clues. */
  static final Set<Stage> PRODUCING =
      EnumSet.of(Stage.PILOT, Stage.EVALUATION, Stage.ADOPTION, Stage.ADOPTED);

  /** Stages in which the model is listed in the city library, visible to everyone signed in. */
  static final Set<Stage> LISTED = EnumSet.of(Stage.ADOPTION, Stage.ADOPTED);

  private static final Set<Stage> CLOSED =
      EnumSet.of(Stage.REJECTED, Stage.WITHDRAWN, Stage.RETIRED);

  private AccessRules() {}

  /** How far a caller may read the reviews of a model. */
  public enum ReviewVisibility {
    /** Not at all. */
    HIDDEN,
    /** Scores and comments without the reviewers' names. */
    ANONYMOUS,
    /** Everything, with the reviewers' names. */
    NAMED
  }

  /**
   * The answer for one action: a refusal is a code with its named arguments (see {@code
   * problems.properties} in model-web for the wording); a refusal for where the model stands always
   * names the model ({@code id}) and its {@code stage}.
   */
  public record Verdict(Kind kind, String code, Map<String, Object> args) {

    /** Allowed; refused for who the caller is (403); refused for where the model stands (409). */
    public enum Kind {
      ALLOWED,
      FORBIDDEN,
      NOT_NOW
    }

    public Verdict {
      args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    static final Verdict ALLOW = new Verdict(Kind.ALLOWED, null, Map.of());

    static Verdict forbidden(String code, Object... keysAndValues) {
      return new Verdict(Kind.FORBIDDEN, code, arguments(keysAndValues));
    }

    static Verdict notNow(ModelFacts model, String code, Object... keysAndValues) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("id", model.modelId());
      args.put("stage", model.stage());
      args.putAll(arguments(keysAndValues));
      return new Verdict(Kind.NOT_NOW, code, args);
    }

    public boolean allowed() {
      return kind == Kind.ALLOWED;
    }

    /** The arguments as name, value, name, value, … (for an exception's constructor). */
    public Object[] flatArgs() {
      return args.entrySet().stream()
          .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
          .toArray();
    }

    private static Map<String, Object> arguments(Object... keysAndValues) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      return map;
    }
  }

  /** The digital office: staff of the city-wide unit. */
  public static boolean office(Caller caller) {
    return caller.has(Role.STAFF) && caller.cityWide();
  }

  /**
   * Whether the caller acts for the unit: the digital office for every unit, staff for their own.
   */
  public static boolean actsForUnit(Caller caller, long unitId) {
    return office(caller) || (caller.has(Role.STAFF) && caller.unitId() == unitId);
  }

  /**
   * Whether the caller sees the whole city in dashboards and per-unit figures: leaders, admins and
   * the digital office; everyone else sees their own unit.
   */
  public static boolean seesCity(Caller caller) {
    return caller.has(Role.LEADER) || caller.has(Role.ADMIN) || office(caller);
  }

  /** Whether the caller sees every unit's row of a funnel: the digital office and leaders. */
  public static boolean seesAllUnitRows(Caller caller) {
    return office(caller) || caller.has(Role.LEADER);
  }

  /**
   * Whether the caller may read the lists of people (reviewers, leaders): staff, leaders, admins.
   */
  public static boolean readsDirectory(Caller caller) {
    return caller.has(Role.STAFF) || caller.has(Role.LEADER) || caller.has(Role.ADMIN);
  }

  public static boolean isCreator(Caller caller, ModelFacts model) {
    return model.creatorIds().contains(caller.userId());
  }

  /**
   * Whether the caller may see the model at all: its creators; the digital office; leaders; staff
   * of its owning, pilot and adopting units; reviewers invited to a forum with it on the agenda;
   * everyone once it is listed.
   */
  public static boolean canSee(Caller caller, ModelFacts model) {
    if (isCreator(caller, model) || office(caller) || caller.has(Role.LEADER)) {
      return true;
    }
    if (LISTED.contains(model.stage())) {
      return true;
    }
    if (caller.has(Role.STAFF) && worksOn(caller.unitId(), model)) {
      return true;
    }
    return caller.has(Role.REVIEWER) && model.reviewerIds().contains(caller.userId());
  }

  /**
   * Whether the caller sees a whole forum (every agenda item): the digital office, its presiding
   * leader and its invited reviewers.
   */
  public static boolean seesWholeForum(
      Caller caller, long presidingLeaderId, Set<Long> invitedIds) {
    return office(caller)
        || (caller.has(Role.LEADER) && isOrStandsInFor(caller, presidingLeaderId))
        || (caller.has(Role.REVIEWER) && invitedIds.contains(caller.userId()));
  }

  /**
   * Whether the caller, not seeing the whole forum, sees one of its agenda items: unit staff the
   * items of their unit's models, creators the items of their own models.
   */
  public static boolean seesAgendaItem(Caller caller, long owningUnitId, Set<Long> creatorIds) {
    return (caller.has(Role.STAFF) && owningUnitId == caller.unitId())
        || creatorIds.contains(caller.userId());
  }

  /**
   * Whether the caller is the user, or stands in for them today as the substitute of their absence.
   * A substitute may do what the absent person may by assignment (preside, own a condition), while
   * every other rule, the segregation of duties first, is checked on the substitute. A review is
   * personal to the invited reviewer and is never done by a substitute.
   */
  public static boolean isOrStandsInFor(Caller caller, long userId) {
    return caller.userId() == userId || caller.actsFor(userId);
  }

  /** Whether the unit owns, pilots or adopts the model. */
  static boolean worksOn(long unitId, ModelFacts model) {
    return model.owningUnitId() == unitId
        || model.pilotUnitIds().contains(unitId)
        || model.adoptingUnitIds().contains(unitId);
  }

  /**
   * How far the caller reads the reviews of the model's latest round: the digital office and the
   * presiding leader fully; an invited, non-excluded reviewer fully once they submitted or
   * abstained; excluded reviewers and the creators only after the ruling, without names.
   */
  public static ReviewVisibility reviews(Caller caller, ModelFacts model) {
    ModelFacts.Round round = model.round();
    if (round == null) {
      return ReviewVisibility.HIDDEN;
    }
    long me = caller.userId();
    // The creators first: being also of the office or presiding does not open their own reviews.
    if (isCreator(caller, model)) {
      return round.ruled() ? ReviewVisibility.ANONYMOUS : ReviewVisibility.HIDDEN;
    }
    if (office(caller)
        || (caller.has(Role.LEADER) && isOrStandsInFor(caller, round.presidingLeaderId()))) {
      return ReviewVisibility.NAMED;
    }
    if (caller.has(Role.REVIEWER) && round.invitedIds().contains(me)) {
      if (round.excludedIds().contains(me)) {
        return round.ruled() ? ReviewVisibility.ANONYMOUS : ReviewVisibility.HIDDEN;
      }
      if (round.submittedIds().contains(me) || round.abstainedIds().contains(me)) {
        return ReviewVisibility.NAMED;
      }
    }
    return ReviewVisibility.HIDDEN;
  }

  /** The actions the caller may take on the model now. */
  public static Set<ModelAction> allowed(Caller caller, ModelFacts model, LocalDate today) {
    Set<ModelAction> allowed = EnumSet.noneOf(ModelAction.class);
    if (!canSee(caller, model)) {
      return allowed;
    }
    for (ModelAction action : ModelAction.values()) {
      if (decide(caller, model, action, today).allowed()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * Whether the caller may take the action now, and if not, whether for who they are or for when.
   */
  public static Verdict decide(
      Caller caller, ModelFacts model, ModelAction action, LocalDate today) {
    Stage stage = model.stage();
    boolean creator = isCreator(caller, model);
    return switch (action) {
      case EDIT ->
          creatorOnly(creator, model, action, EDITABLE.contains(stage), "model.not-editable");
      case SUBMIT -> creatorOnly(creator, model, action, stage == Stage.DRAFT, "model.not-a-draft");
      case RESUBMIT ->
          creatorOnly(
              creator,
              model,
              action,
              model.openTasks().contains(ModelLifecycle.TASK_REVISE_PROPOSAL)
                  || model.openTasks().contains(ModelLifecycle.TASK_REVISE_AFTER_FORUM),
              "model.no-revision-pending");
      case WITHDRAW ->
          creatorOnly(
              creator, model, action, WITHDRAWABLE.contains(stage), "model.not-withdrawable");
      case ATTACH -> creatorOnly(creator, model, action, !CLOSED.contains(stage), "model.closed");
      case COMMENT -> Verdict.ALLOW;
      case VIEW_SIMILAR ->
          caller.has(Role.STAFF) || caller.has(Role.LEADER)
              ? Verdict.ALLOW
              : Verdict.forbidden("access.similar-staff-only");
      case SCREEN -> {
        if (!office(caller)) {
          yield officeOnly(caller, action);
        }
        if (creator) {
          yield independence(model, action);
        }
        yield when(stage == Stage.SCREENING, model, "model.not-in-screening");
      }
      case ADD_TO_AGENDA ->
          office(caller)
              ? when(stage == Stage.AWAITING_FORUM, model, "model.not-awaiting-forum")
              : officeOnly(caller, action);
      case VIEW_REVIEWS ->
          reviews(caller, model) != ReviewVisibility.HIDDEN
              ? Verdict.ALLOW
              : Verdict.forbidden(
                  "access.reviews-hidden", "username", caller.username(), "id", model.modelId());
      case REVIEW, ABSTAIN -> review(caller, model, creator);
      case RULE -> rule(caller, model, creator, today);
      case CLOSE_CONDITION ->
          model.openConditionOwnerIds().stream().anyMatch(owner -> isOrStandsInFor(caller, owner))
              ? Verdict.ALLOW
              : Verdict.forbidden(
                  "access.no-open-condition", "username", caller.username(), "id", model.modelId());
      case PLAN_PILOT -> {
        if (!office(caller)) {
          yield officeOnly(caller, action);
        }
        if (!model.openTasks().contains(ModelLifecycle.TASK_PLAN_PILOT)) {
          yield Verdict.notNow(model, "pilot.not-planning");
        }
        yield model.openConditionOwnerIds().isEmpty()
            ? Verdict.ALLOW
            : Verdict.notNow(
                model, "pilot.conditions-open", "owners", model.openConditionOwnerIds().size());
      }
      case VIEW_CLUES ->
          office(caller) || (caller.has(Role.STAFF) && worksOn(caller.unitId(), model))
              ? Verdict.ALLOW
              : Verdict.forbidden("access.clues-hidden");
      case IMPORT_CLUES -> importClues(caller, model);
      case END_PILOT ->
          leaderIndependent(
              caller, creator, model, action, stage == Stage.PILOT, "pilot.not-running");
      case DECIDE_PILOT ->
          leaderIndependent(
              caller,
              creator,
              model,
              action,
              model.openTasks().contains(ModelLifecycle.TASK_DECIDE_ON_PILOT),
              "decision.no-pilot-decision-pending");
      case REPORT_ADOPTION -> {
        if (!(office(caller)
            || (caller.has(Role.STAFF) && model.adoptingUnitIds().contains(caller.unitId())))) {
          yield Verdict.forbidden("access.adoption-units-only");
        }
        yield when(LISTED.contains(stage), model, "adoption.not-started");
      }
      case RETIRE ->
          leaderIndependent(
              caller, creator, model, action, stage == Stage.ADOPTED, "model.not-retirable");
      case NEW_VERSION ->
          creatorOnly(
              creator,
              model,
              action,
              stage == Stage.ON_HOLD && !model.hasNextVersion(),
              model.hasNextVersion() ? "model.next-version-exists" : "model.not-on-hold");
    };
  }

  private static Verdict review(Caller caller, ModelFacts model, boolean creator) {
    ModelFacts.Round round = model.round();
    long me = caller.userId();
    if (!caller.has(Role.REVIEWER) || round == null || !round.invitedIds().contains(me)) {
      return Verdict.forbidden(
          "access.not-invited", "username", caller.username(), "id", model.modelId());
    }
    if (creator || round.excludedIds().contains(me)) {
      // abstaining is refused for the same reason as reviewing
      return independence(model, ModelAction.REVIEW);
    }
    if (round.submittedIds().contains(me) || round.abstainedIds().contains(me)) {
      return Verdict.notNow(model, "review.already-given", "username", caller.username());
    }
    return when(
        model.reviewTaskHolders().contains(caller.username()),
        model,
        "review.no-open-task",
        "username",
        caller.username());
  }

  private static Verdict rule(Caller caller, ModelFacts model, boolean creator, LocalDate today) {
    ModelFacts.Round round = model.round();
    if (!caller.has(Role.LEADER)) {
      return roleRequired(caller, Role.LEADER, ModelAction.RULE);
    }
    if (creator) {
      return independence(model, ModelAction.RULE);
    }
    if (round == null || !isOrStandsInFor(caller, round.presidingLeaderId())) {
      return Verdict.forbidden("access.presiding-leader-only", "id", model.modelId());
    }
    if (today.isBefore(round.forumDate())) {
      return Verdict.notNow(model, "decision.before-forum", "forumDate", round.forumDate());
    }
    return when(
        model.openTasks().contains(ModelLifecycle.TASK_RULE_ON_MODEL),
        model,
        "decision.no-ruling-pending");
  }

  private static Verdict importClues(Caller caller, ModelFacts model) {
    if (!caller.has(Role.STAFF)) {
      return roleRequired(caller, Role.STAFF, ModelAction.IMPORT_CLUES);
    }
    boolean pilot = model.stage() == Stage.PILOT || model.stage() == Stage.EVALUATION;
    if (!office(caller)
        && !(pilot
            ? model.pilotUnitIds().contains(caller.unitId())
            : model.adoptingUnitIds().contains(caller.unitId())
                || model.pilotUnitIds().contains(caller.unitId()))) {
      return Verdict.forbidden("access.clue-units-only");
    }
    return when(PRODUCING.contains(model.stage()), model, "clue.before-pilot");
  }

  private static Verdict creatorOnly(
      boolean creator, ModelFacts model, ModelAction action, boolean now, String notNow) {
    if (!creator) {
      return Verdict.forbidden("access.creators-only", "id", model.modelId(), "action", action);
    }
    return when(now, model, notNow);
  }

  private static Verdict leaderIndependent(
      Caller caller,
      boolean creator,
      ModelFacts model,
      ModelAction action,
      boolean now,
      String notNow) {
    if (!caller.has(Role.LEADER)) {
      return roleRequired(caller, Role.LEADER, action);
    }
    if (creator) {
      return independence(model, action);
    }
    return when(now, model, notNow);
  }

  private static Verdict officeOnly(Caller caller, ModelAction action) {
    return Verdict.forbidden("access.office-only", "username", caller.username(), "action", action);
  }

  private static Verdict roleRequired(Caller caller, Role role, ModelAction action) {
    return Verdict.forbidden(
        "access.role-required-for", "username", caller.username(), "role", role, "action", action);
  }

  private static Verdict independence(ModelFacts model, ModelAction action) {
    return Verdict.forbidden("access.own-model", "id", model.modelId(), "action", action);
  }

  private static Verdict when(
      boolean now, ModelFacts model, String notNow, Object... keysAndValues) {
    return now ? Verdict.ALLOW : Verdict.notNow(model, notNow, keysAndValues);
  }
}
