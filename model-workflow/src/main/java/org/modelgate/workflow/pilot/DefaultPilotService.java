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
                () ->
                    new LifecycleViolationException(
                        "pilot.not-planning", "id", modelId, "stage", model.getStage()));
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
        AuditRecord.onModel(caller.username(), "PILOT_PLANNED", modelId, null, null, null)
            .saying(
                "history.pilot-planned",
                "start",
                request.startDate(),
                "end",
                request.endDate(),
                "units",
                units.stream().map(Unit::getCode).toList())
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
      throw InvalidInputException.of("reason", "NotBlank", "pilot.end-reason-required");
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
          caller,
          modelId,
          "access.condition-owner-only",
          "id",
          conditionId,
          "owner",
          condition.getOwner().getUsername());
    }
    if (condition.isClosed()) {
      throw new LifecycleViolationException("pilot.condition-closed", "id", conditionId);
    }
    condition.close(currentCaller.account(), clock.instant());
    em.flush();
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "CONDITION_CLOSED",
                modelId,
                "OPEN",
                "CLOSED",
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
      violations.add(
          FieldViolation.of(
              "endDate", "AfterStart", "pilot.end-before-start", "start", request.startDate()));
    } else if (request.endDate().isAfter(request.startDate().plus(settings.pilotMaxLength()))) {
      violations.add(
          FieldViolation.of(
              "endDate",
              "MaxLength",
              "pilot.too-long",
              "maxLength",
              settings.pilotMaxLength(),
              "latest",
              request.startDate().plus(settings.pilotMaxLength())));
    }
    List<Unit> units = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < request.units().size(); i++) {
      long unitId = request.units().get(i).unitId();
      Unit unit = em.find(Unit.class, unitId);
      if (unit == null) {
        violations.add(
            FieldViolation.of(
                "units[" + i + "].unitId", "exists", "pilot.unit-unknown", "id", unitId));
      } else if (!handlesCases(unit)) {
        violations.add(
            FieldViolation.of(
                "units[" + i + "].unitId",
                "HandlesCases",
                "pilot.unit-handles-no-cases",
                "unit",
                unit.getName(),
                "unitEn",
                englishName(unit)));
      } else if (!seen.add(unitId)) {
        violations.add(
            FieldViolation.of(
                "units[" + i + "].unitId",
                "Unique",
                "pilot.unit-repeated",
                "unit",
                unit.getName(),
                "unitEn",
                englishName(unit)));
      } else {
        units.add(unit);
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return units;
  }

  /** The unit's English name, or its name if it has none. */
  private static String englishName(Unit unit) {
    return unit.getNameEn() == null || unit.getNameEn().isBlank()
        ? unit.getName()
        : unit.getNameEn();
  }
}
