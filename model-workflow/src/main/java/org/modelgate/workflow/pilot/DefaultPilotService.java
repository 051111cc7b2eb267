package org.modelgate.workflow.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.pilot.PilotPlanRequest;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.pilot.PilotUnitRequest;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.AccessRules;
import org.modelgate.workflow.model.DecisionCondition;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Registers the pilot plan and starts the pilot: the plan's rows and the completion of the planning
 * task commit together. The pilot ends at the end of its last day, office time.
 */
@ApplicationScoped
@Transactional
public class DefaultPilotService implements PilotService {

  static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject CurrentCaller currentCaller;
  @Inject ProcessTasks processTasks;
  @Inject LifecycleSettings settings;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Override
  public PilotPlanResponse plan(long modelId, PilotPlanRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.PLAN_PILOT);
    Caller caller = currentCaller.get();
    validator.valid(request);
    Task planning =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_PLAN_PILOT)
            .orElseThrow(
                () -> new LifecycleViolationException(model.describeStage() + "，不在制定试点方案阶段"));
    List<Unit> units = checkPlanRules(request);
    PilotPlan plan =
        new PilotPlan(
            model,
            request.startDate(),
            request.endDate(),
            request.minValidRate(),
            request.minCasesFormed(),
            request.minCluesForJudgement(),
            currentCaller.account(),
            clock.instant());
    for (int i = 0; i < units.size(); i++) {
      PilotUnitRequest unit = request.units().get(i);
      plan.addUnit(
          new PilotUnit(
              plan,
              units.get(i),
              unit.baselineClues(),
              unit.baselineCases(),
              unit.baselineRecovered()));
    }
    em.persist(plan);
    em.flush();
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "PILOT_PLANNED",
                modelId,
                null,
                request.startDate() + " 至 " + request.endDate(),
                "试点单位：" + String.join("、", units.stream().map(Unit::getName).toList()))
            .onBehalfOf(ProcessTasks.standsInFor(planning, caller)));
    processTasks.complete(
        planning,
        caller,
        Map.of(
            ModelLifecycle.VAR_PILOT_UNITS,
                new ArrayList<>(units.stream().map(Unit::getCode).toList()),
            ModelLifecycle.VAR_PILOT_END,
                Date.from(request.endDate().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()),
            ModelLifecycle.VAR_PILOT_REMINDER_CYCLE, settings.pilotReminderCycle()));
    return plan.toResponse();
  }

  @Override
  public void endEarly(long modelId, String reason) {
    access.require(modelId, ModelAction.END_PILOT);
    Caller caller = currentCaller.get();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "NotBlank", "提前结束试点须说明理由");
    }
    audit.record(
        AuditRecord.onModel(
            caller.username(), "PILOT_ENDED_EARLY", modelId, null, null, reason.strip()));
    processTasks.correlate(
        ModelLifecycle.MESSAGE_PILOT_ENDED_EARLY,
        modelId,
        Map.of(ModelLifecycle.VAR_PILOT_ENDED_AT, Date.from(clock.instant())));
  }

  @Override
  public Optional<PilotPlanResponse> currentPlan(long modelId) {
    access.visible(modelId);
    return latestPlan(modelId).map(PilotPlan::toResponse);
  }

  /** The newest plan of a model (an extension keeps the plan, only the end moves). */
  public Optional<PilotPlan> latestPlan(long modelId) {
    return em.createQuery(
            "select p from PilotPlan p where p.model.id = :model order by p.createdAt desc, p.id desc",
            PilotPlan.class)
        .setParameter("model", modelId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ConditionResponse closeCondition(long modelId, long conditionId) {
    Caller caller = currentCaller.get();
    SupervisionModel model = access.lockedVisible(modelId);
    DecisionCondition condition = em.find(DecisionCondition.class, conditionId);
    if (condition == null || condition.getModel().getId() != modelId) {
      throw new EntityNotFoundException("condition", conditionId);
    }
    if (!AccessRules.isOrStandsInFor(caller, condition.getOwner().getId())) {
      throw access.deny(
          caller, modelId, "只有条件的负责人 " + condition.getOwner().getUsername() + " 可以关闭该条件");
    }
    if (condition.isClosed()) {
      throw new LifecycleViolationException("条件 " + conditionId + " 已关闭");
    }
    condition.close(currentCaller.account(), clock.instant());
    em.flush();
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "CONDITION_CLOSED",
                modelId,
                "未关闭",
                "已关闭",
                condition.toResponse().text())
            .onBehalfOf(
                condition.getOwner().getId() == caller.userId()
                    ? null
                    : condition.getOwner().getUsername()));
    return condition.toResponse();
  }

  /**
   * Whether a unit handles cases and so can pilot a model: the municipal procuratorate, its
   * departments and the grassroots procuratorates do; the invited experts ({@link
   * UnitKind#EXTERNAL}) and a city-wide office such as the Digital Procuratorate Office, which
   * coordinates rather than handles cases, do not.
   */
  static boolean handlesCases(Unit unit) {
    return unit.getKind() != UnitKind.EXTERNAL && !unit.isCityWide();
  }

  /** The rules beyond field constraints; the units in request order. */
  private List<Unit> checkPlanRules(PilotPlanRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!request.endDate().isAfter(request.startDate())) {
      violations.add(new FieldViolation("endDate", "AfterStart", "试点结束日期须晚于开始日期"));
    } else if (request.endDate().isAfter(request.startDate().plus(settings.pilotMaxLength()))) {
      violations.add(
          new FieldViolation(
              "endDate",
              "MaxLength",
              "试点期限不能超过 " + settings.pilotMaxLength() + "（配置 MODELGATE_PILOT_MAX_LENGTH）"));
    }
    List<Unit> units = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < request.units().size(); i++) {
      long unitId = request.units().get(i).unitId();
      Unit unit = em.find(Unit.class, unitId);
      if (unit == null) {
        violations.add(
            new FieldViolation("units[" + i + "].unitId", "exists", "单位 " + unitId + " 不存在"));
      } else if (!handlesCases(unit)) {
        violations.add(
            new FieldViolation(
                "units[" + i + "].unitId",
                "HandlesCases",
                "单位 " + unit.getName() + " 不办理案件（特邀专家或全市统筹的办公室），不能作为试点单位",
                "pilot.unit-handles-no-cases",
                null));
      } else if (!seen.add(unitId)) {
        violations.add(
            new FieldViolation(
                "units[" + i + "].unitId", "Unique", "试点单位 " + unit.getName() + " 重复"));
      } else {
        units.add(unit);
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return units;
  }
}
