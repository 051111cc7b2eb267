package org.modelgate.workflow.model;

import static org.modelgate.api.security.ModelAction.*;

import java.time.LocalDate;
import java.util.EnumSet;
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

  /** The answer for one action. */
  public record Verdict(Kind kind, String reason) {

    /** Allowed; refused for who the caller is (403); refused for where the model stands (409). */
    public enum Kind {
      ALLOWED,
      FORBIDDEN,
      NOT_NOW
    }

    static final Verdict ALLOW = new Verdict(Kind.ALLOWED, null);

    static Verdict forbidden(String reason) {
      return new Verdict(Kind.FORBIDDEN, reason);
    }

    static Verdict notNow(String reason) {
      return new Verdict(Kind.NOT_NOW, reason);
    }

    public boolean allowed() {
      return kind == Kind.ALLOWED;
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
    String id = String.valueOf(model.modelId());
    return switch (action) {
      case EDIT -> creatorOnly(creator, "修改", id, EDITABLE.contains(stage), "只有草稿或退回修改的模型可以修改");
      case SUBMIT -> creatorOnly(creator, "提交", id, stage == Stage.DRAFT, "只有草稿可以提交");
      case RESUBMIT ->
          creatorOnly(
              creator,
              "重新提交",
              id,
              model.openTasks().contains(ModelLifecycle.TASK_REVISE_PROPOSAL)
                  || model.openTasks().contains(ModelLifecycle.TASK_REVISE_AFTER_FORUM),
              "没有待重新提交的修改");
      case WITHDRAW ->
          creatorOnly(creator, "撤回", id, WITHDRAWABLE.contains(stage), "只能撤回已提交且尚未推广的模型");
      case ATTACH -> creatorOnly(creator, "上传附件", id, !CLOSED.contains(stage), "已结束的模型不能再上传附件");
      case COMMENT -> Verdict.ALLOW;
      case VIEW_SIMILAR ->
          caller.has(Role.STAFF) || caller.has(Role.LEADER)
              ? Verdict.ALLOW
              : Verdict.forbidden("同质化比对结果仅供工作人员和院领导查看");
      case SCREEN -> {
        if (!office(caller)) {
          yield Verdict.forbidden("初审由数字检察办公室负责，" + caller.username() + " 不能初审监督模型 " + id);
        }
        if (creator) {
          yield independence("初审", id);
        }
        yield when(stage == Stage.SCREENING, "不在初审阶段");
      }
      case ADD_TO_AGENDA ->
          office(caller)
              ? when(stage == Stage.AWAITING_FORUM, "只有待论证的模型可以列入议程")
              : Verdict.forbidden("论证会议程由数字检察办公室安排，" + caller.username() + " 不能安排");
      case VIEW_REVIEWS ->
          reviews(caller, model) != ReviewVisibility.HIDDEN
              ? Verdict.ALLOW
              : Verdict.forbidden(caller.username() + " 现在不能查看监督模型 " + id + " 的评审意见");
      case REVIEW, ABSTAIN -> review(caller, model, creator, id);
      case RULE -> rule(caller, model, creator, id, today);
      case CLOSE_CONDITION ->
          model.openConditionOwnerIds().stream().anyMatch(owner -> isOrStandsInFor(caller, owner))
              ? Verdict.ALLOW
              : Verdict.forbidden(caller.username() + " 没有监督模型 " + id + " 待关闭的条件");
      case PLAN_PILOT -> {
        if (!office(caller)) {
          yield Verdict.forbidden("试点方案由数字检察办公室制定，" + caller.username() + " 不能制定");
        }
        if (!model.openTasks().contains(ModelLifecycle.TASK_PLAN_PILOT)) {
          yield Verdict.notNow("监督模型 " + id + " 不在制定试点方案阶段");
        }
        yield model.openConditionOwnerIds().isEmpty()
            ? Verdict.ALLOW
            : Verdict.notNow(
                "监督模型 "
                    + id
                    + " 附条件通过的 "
                    + model.openConditionOwnerIds().size()
                    + " 项条件（按负责人计）尚未关闭，关闭后才能制定试点方案");
      }
      case VIEW_CLUES ->
          office(caller) || (caller.has(Role.STAFF) && worksOn(caller.unitId(), model))
              ? Verdict.ALLOW
              : Verdict.forbidden("线索只对所属单位和数字检察办公室可见");
      case IMPORT_CLUES -> importClues(caller, model, id);
      case END_PILOT ->
          leaderIndependent(caller, creator, "提前结束试点", id, stage == Stage.PILOT, "不在试点中");
      case DECIDE_PILOT ->
          leaderIndependent(
              caller,
              creator,
              "作出试点决定",
              id,
              model.openTasks().contains(ModelLifecycle.TASK_DECIDE_ON_PILOT),
              "没有待作出的试点决定（可能已由他人决定）");
      case REPORT_ADOPTION -> {
        if (!(office(caller)
            || (caller.has(Role.STAFF) && model.adoptingUnitIds().contains(caller.unitId())))) {
          yield Verdict.forbidden("只有推广单位的工作人员和数字检察办公室可以报送推广进展");
        }
        yield when(LISTED.contains(stage), "尚未进入推广阶段");
      }
      case RETIRE ->
          leaderIndependent(caller, creator, "下架", id, stage == Stage.ADOPTED, "只有已推广的模型可以下架");
      case NEW_VERSION ->
          creatorOnly(
              creator,
              "提交新版本",
              id,
              stage == Stage.ON_HOLD && !model.hasNextVersion(),
              model.hasNextVersion() ? "已有新版本，请在新版本上继续修改" : "只有审慎使用（暂缓）的模型可以提交新版本");
    };
  }

  private static Verdict review(Caller caller, ModelFacts model, boolean creator, String id) {
    ModelFacts.Round round = model.round();
    long me = caller.userId();
    if (!caller.has(Role.REVIEWER) || round == null || !round.invitedIds().contains(me)) {
      return Verdict.forbidden(caller.username() + " 未受邀评审监督模型 " + id);
    }
    if (creator || round.excludedIds().contains(me)) {
      return independence("评审", id);
    }
    if (round.submittedIds().contains(me) || round.abstainedIds().contains(me)) {
      return Verdict.notNow(caller.username() + " 已就监督模型 " + id + " 提交评审意见或声明回避");
    }
    return when(
        model.reviewTaskHolders().contains(caller.username()),
        "没有 " + caller.username() + " 的待办评审任务（评审期已结束）");
  }

  private static Verdict rule(
      Caller caller, ModelFacts model, boolean creator, String id, LocalDate today) {
    ModelFacts.Round round = model.round();
    if (!caller.has(Role.LEADER)) {
      return Verdict.forbidden(caller.username() + " 没有院领导角色，不能裁决");
    }
    if (creator) {
      return independence("裁决", id);
    }
    if (round == null || !isOrStandsInFor(caller, round.presidingLeaderId())) {
      return Verdict.forbidden("只有主持本次论证会的院领导可以裁决监督模型 " + id);
    }
    if (today.isBefore(round.forumDate())) {
      return Verdict.notNow("论证会定于 " + round.forumDate() + " 召开，当日起才能裁决");
    }
    return when(
        model.openTasks().contains(ModelLifecycle.TASK_RULE_ON_MODEL), "没有待裁决事项（评审尚未结束或已由他人裁决）");
  }

  private static Verdict importClues(Caller caller, ModelFacts model, String id) {
    if (!caller.has(Role.STAFF)) {
      return Verdict.forbidden(caller.username() + " 没有工作人员角色，不能登记线索");
    }
    boolean pilot = model.stage() == Stage.PILOT || model.stage() == Stage.EVALUATION;
    if (!office(caller)
        && !(pilot
            ? model.pilotUnitIds().contains(caller.unitId())
            : model.adoptingUnitIds().contains(caller.unitId())
                || model.pilotUnitIds().contains(caller.unitId()))) {
      return Verdict.forbidden("线索只能由试点或推广单位和数字检察办公室登记");
    }
    return when(PRODUCING.contains(model.stage()), "试点开始后才能登记线索");
  }

  private static Verdict creatorOnly(
      boolean creator, String action, String id, boolean now, String notNow) {
    if (!creator) {
      return Verdict.forbidden("只有监督模型 " + id + " 的建模人可以" + action);
    }
    return when(now, notNow);
  }

  private static Verdict leaderIndependent(
      Caller caller, boolean creator, String action, String id, boolean now, String notNow) {
    if (!caller.has(Role.LEADER)) {
      return Verdict.forbidden(caller.username() + " 没有院领导角色，不能" + action);
    }
    if (creator) {
      return independence(action, id);
    }
    return when(now, notNow);
  }

  private static Verdict independence(String action, String id) {
    return Verdict.forbidden("回避原则：不能" + action + "本人（共同）建模的监督模型 " + id);
  }

  private static Verdict when(boolean now, String notNow) {
    return now ? Verdict.ALLOW : Verdict.notNow(notNow);
  }
}
