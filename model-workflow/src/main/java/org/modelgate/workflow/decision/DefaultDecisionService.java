package org.modelgate.workflow.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.decision.ConditionRequest;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.decision.Gate;
import org.modelgate.api.decision.PilotDecision;
import org.modelgate.api.decision.PilotDecisionRequest;
import org.modelgate.api.decision.PilotRecommendation;
import org.modelgate.api.decision.RulingRequest;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.forum.AgendaItem;
import org.modelgate.workflow.forum.ForumRepository;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.Decision;
import org.modelgate.workflow.model.DecisionCondition;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.notice.Recipient;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.pilot.DefaultPilotService;
import org.modelgate.workflow.pilot.PilotPlan;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Gate decisions. A ruling completes the ruling task and writes its decision record in the same
 * transaction, after locking the model's row: of two leaders ruling at once the second waits, then
 * finds the task gone and gets a conflict.
 */
@ApplicationScoped
@Transactional
public class DefaultDecisionService implements DecisionService {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject ForumRepository forums;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject Notices notices;
  @Inject ProcessTasks processTasks;
  @Inject ReviewService reviews;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject RuntimeService runtimeService;
  @Inject DefaultPilotService pilots;
  @Inject ClueService clues;
  @Inject LifecycleSettings settings;

  static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;
  private static final Jsonb JSONB = JsonbBuilder.create();
  @Inject AuditTrail audit;

  @Override
  public DecisionResponse rule(long modelId, RulingRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.RULE);
    Caller caller = currentCaller.get();
    Task ruling =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_RULE_ON_MODEL)
            .orElseThrow(
                () ->
                    new LifecycleViolationException(
                        "decision.no-ruling-pending", "id", modelId, "stage", model.getStage()));
    validator.valid(request);
    List<UserAccount> owners = checkRulingRules(request);
    AgendaItem round =
        forums
            .latestAgendaItem(modelId)
            .orElseThrow(
                () -> new LifecycleViolationException("decision.not-on-agenda", "id", modelId));
    Decision decision =
        new Decision(
            model,
            round.getForum().getId(),
            Gate.FORUM_RULING,
            request.outcome().name(),
            blankToNull(request.reason()),
            currentCaller.account(),
            clock.instant(),
            evidence(model, reviews.board(modelId)));
    em.persist(decision);
    List<DecisionCondition> conditions = new ArrayList<>();
    for (int i = 0; i < request.conditions().size(); i++) {
      ConditionRequest condition = request.conditions().get(i);
      DecisionCondition entity =
          new DecisionCondition(
              decision, condition.text().strip(), owners.get(i), condition.dueDate());
      em.persist(entity);
      conditions.add(entity);
      notices.raise(
          Recipient.user(owners.get(i).getUsername()),
          NoticeKind.CONDITION_ASSIGNED,
          modelId,
          condition.text().strip(),
          String.valueOf(condition.dueDate()));
    }
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "RULING",
                modelId,
                null,
                request.outcome().name(),
                decision.getReason())
            .onBehalfOf(ProcessTasks.standsInFor(ruling, caller)));
    processTasks.complete(
        ruling, caller, Map.of(ModelLifecycle.VAR_RULING, request.outcome().name()));
    notices.toCreators(model, NoticeKind.RULING_MADE, request.outcome().name());
    em.flush();
    return toResponse(decision, conditions);
  }

  @Override
  public DecisionResponse decidePilot(long modelId, PilotDecisionRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.DECIDE_PILOT);
    Caller caller = currentCaller.get();
    Task deciding =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_DECIDE_ON_PILOT)
            .orElseThrow(
                () ->
                    new LifecycleViolationException(
                        "decision.no-pilot-decision-pending",
                        "id",
                        modelId,
                        "stage",
                        model.getStage()));
    validator.valid(request);
    @SuppressWarnings("unchecked")
    Map<String, Object> recommendation =
        (Map<String, Object>)
            runtimeService.getVariable(
                model.getProcessInstanceId(), ModelLifecycle.VAR_PILOT_RECOMMENDATION);
    String recommended =
        recommendation == null
            ? null
            : String.valueOf(recommendation.get(ModelLifecycle.DMN_RECOMMENDATION));
    PilotPlan plan =
        pilots
            .latestPlan(modelId)
            .orElseThrow(
                () -> new LifecycleViolationException("decision.no-pilot-plan", "id", modelId));
    List<FieldViolation> violations = new ArrayList<>();
    if (!request.decision().name().equals(recommended) && blankToNull(request.reason()) == null) {
      violations.add(
          FieldViolation.of(
              "reason",
              "RequiredWhenOverriding",
              "decision.reason-required-when-overriding",
              "recommended",
              recommendedDecision(recommended)));
    }
    if (request.decision() == PilotDecision.EXTEND) {
      if (request.newEndDate() == null) {
        violations.add(
            FieldViolation.of("newEndDate", "RequiredForExtend", "decision.new-end-date-required"));
      } else if (!request.newEndDate().isAfter(plan.getEndDate())
          || request.newEndDate().isAfter(plan.getStartDate().plus(settings.pilotMaxLength()))) {
        violations.add(
            FieldViolation.of(
                "newEndDate",
                "AfterEndWithinMax",
                "decision.new-end-date-out-of-range",
                "end",
                plan.getEndDate(),
                "latest",
                plan.getStartDate().plus(settings.pilotMaxLength()),
                "maxLength",
                settings.pilotMaxLength()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    FunnelResponse funnel = clues.funnel(modelId, null, null, null);
    String evidence =
        Json.createObjectBuilder()
            .add("modelId", modelId)
            .add("modelVersion", model.getModelVersion())
            .add("recommendation", String.valueOf(recommended))
            .add(
                "recommendationReason",
                recommendation == null
                    ? ""
                    : String.valueOf(recommendation.get(ModelLifecycle.DMN_REASON)))
            .add("pilotEnd", plan.getEndDate().toString())
            .add("minValidRate", plan.getMinValidRate())
            .add("minCasesFormed", plan.getMinCasesFormed())
            .add("minCluesForJudgement", plan.getMinCluesForJudgement())
            .add("funnel", Json.createReader(new StringReader(JSONB.toJson(funnel))).readObject())
            .build()
            .toString();
    Decision decision =
        new Decision(
            model,
            null,
            Gate.PILOT_DECISION,
            request.decision().name(),
            blankToNull(request.reason()),
            currentCaller.account(),
            clock.instant(),
            evidence);
    em.persist(decision);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ModelLifecycle.VAR_PILOT_DECISION, request.decision().name());
    if (request.decision() == PilotDecision.EXTEND) {
      plan.extendTo(request.newEndDate());
      // the extended pilot runs again: an earlier early end no longer counts
      variables.put(ModelLifecycle.VAR_PILOT_ENDED_AT, null);
      variables.put(
          ModelLifecycle.VAR_PILOT_END,
          Date.from(request.newEndDate().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()));
    }
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "PILOT_DECISION",
                modelId,
                recommended,
                request.decision().name(),
                decision.getReason())
            .onBehalfOf(ProcessTasks.standsInFor(deciding, caller)));
    processTasks.complete(deciding, caller, variables);
    notices.toCreators(model, NoticeKind.PILOT_DECIDED, request.decision().name());
    em.flush();
    return toResponse(decision, List.of());
  }

  @Override
  public Optional<PilotRecommendation> pendingRecommendation(long modelId) {
    SupervisionModel model = access.visible(modelId);
    if (processTasks
        .single(model.getProcessInstanceId(), ModelLifecycle.TASK_DECIDE_ON_PILOT)
        .isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            runtimeService.getVariable(
                model.getProcessInstanceId(), ModelLifecycle.VAR_PILOT_RECOMMENDATION);
    if (result == null || result.get(ModelLifecycle.DMN_RECOMMENDATION) == null) {
      return Optional.empty();
    }
    return Optional.of(
        new PilotRecommendation(
            PilotDecision.valueOf(String.valueOf(result.get(ModelLifecycle.DMN_RECOMMENDATION))),
            result.get(ModelLifecycle.DMN_REASON) == null
                ? null
                : String.valueOf(result.get(ModelLifecycle.DMN_REASON))));
  }

  @Override
  public List<DecisionResponse> decisions(long modelId) {
    access.visible(modelId);
    List<Decision> decisions =
        em.createQuery(
                "select d from Decision d where d.model.id = :model order by d.decidedAt, d.id",
                Decision.class)
            .setParameter("model", modelId)
            .getResultList();
    return decisions.stream()
        .map(
            decision ->
                toResponse(
                    decision,
                    em.createQuery(
                            "select c from DecisionCondition c where c.decision = :decision order by c.id",
                            DecisionCondition.class)
                        .setParameter("decision", decision)
                        .getResultList()))
        .toList();
  }

  /** The rules of a ruling beyond field constraints; the owners of its conditions, in order. */
  private List<UserAccount> checkRulingRules(RulingRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    if (request.outcome() != ForumRuling.GO && blankToNull(request.reason()) == null) {
      violations.add(
          FieldViolation.of(
              "reason",
              "RequiredUnlessGo",
              "decision.reason-required",
              "outcome",
              request.outcome()));
    }
    if (request.outcome() == ForumRuling.CONDITIONAL_GO && request.conditions().isEmpty()) {
      violations.add(
          FieldViolation.of(
              "conditions", "RequiredForConditionalGo", "decision.conditions-required"));
    }
    if (request.outcome() != ForumRuling.CONDITIONAL_GO && !request.conditions().isEmpty()) {
      violations.add(
          FieldViolation.of(
              "conditions",
              "OnlyForConditionalGo",
              "decision.conditions-not-allowed",
              "outcome",
              request.outcome()));
    }
    List<UserAccount> owners = new ArrayList<>();
    for (int i = 0; i < request.conditions().size(); i++) {
      long ownerId = request.conditions().get(i).ownerId();
      var owner = organisation.findUserById(ownerId);
      if (owner.isEmpty()) {
        violations.add(
            FieldViolation.of(
                "conditions[" + i + "].ownerId",
                "exists",
                "decision.owner-unknown",
                "id",
                ownerId));
      } else {
        owners.add(owner.get());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return owners;
  }

  /** The evidence as it stands now, frozen into the decision record. */
  private static String evidence(SupervisionModel model, ReviewBoardResponse board) {
    JsonArrayBuilder reviewArray = Json.createArrayBuilder();
    for (ReviewResponse review : board.reviews()) {
      reviewArray.add(
          Json.createObjectBuilder()
              .add("reviewer", review.reviewer().username())
              .add("necessity", review.necessity())
              .add("feasibility", review.feasibility())
              .add("clueAccuracy", review.clueAccuracy())
              .add("promotionValue", review.promotionValue())
              .add("practicalSignificance", review.practicalSignificance())
              .add("expectedEffect", review.expectedEffect())
              .add("difficulties", review.difficulties())
              .add("attentionPoints", review.attentionPoints())
              .add("submittedAt", review.submittedAt().toString()));
    }
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    for (CriterionSummary criterion : board.criteria()) {
      criteria.add(
          Json.createObjectBuilder()
              .add("criterion", criterion.criterion())
              .add("average", criterion.average())
              .add("min", criterion.min())
              .add("max", criterion.max())
              .add("disagreement", criterion.disagreement()));
    }
    JsonArrayBuilder exclusions = Json.createArrayBuilder();
    for (ExclusionResponse exclusion : board.exclusions()) {
      exclusions.add(
          Json.createObjectBuilder()
              .add("reviewer", exclusion.reviewer().username())
              .add("kind", exclusion.kind().name())
              .add(
                  "reason",
                  exclusion.reason() == null
                      ? JsonValue.NULL
                      : Json.createValue(exclusion.reason())));
    }
    JsonObjectBuilder snapshot =
        Json.createObjectBuilder()
            .add("modelId", model.getId())
            .add("modelVersion", model.getModelVersion())
            .add("modelRowVersion", model.getRowVersion())
            .add("title", model.getTitle())
            .add("forumId", board.forumId())
            .add("reviews", reviewArray)
            .add("criteria", criteria)
            .add("disagreement", board.disagreement())
            .add("exclusions", exclusions);
    return snapshot.build().toString();
  }

  private static DecisionResponse toResponse(
      Decision decision, List<DecisionCondition> conditions) {
    String label =
        decision.getGate() == Gate.FORUM_RULING
            ? ForumRuling.valueOf(decision.getOutcome()).label()
            : PilotDecision.valueOf(decision.getOutcome()).label();
    List<ConditionResponse> conditionResponses =
        conditions.stream().map(DecisionCondition::toResponse).toList();
    return new DecisionResponse(
        decision.getId(),
        decision.getModel().getId(),
        decision.getGate(),
        decision.getOutcome(),
        label,
        decision.getReason(),
        decision.getDecidedBy().toRef(),
        decision.getDecidedAt(),
        decision.getModelVersion(),
        decision.getEvidence(),
        conditionResponses);
  }

  /** The recommended decision as the constant, or its text if it is none (or null). */
  private static Object recommendedDecision(String recommended) {
    try {
      return PilotDecision.valueOf(recommended);
    } catch (IllegalArgumentException | NullPointerException e) {
      return recommended;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
