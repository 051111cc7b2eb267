package org.modelgate.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessRules.ReviewVisibility;
import org.modelgate.workflow.model.AccessRules.Verdict;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * The one access policy (DESIGN §3a). Services ask it before they act: {@link #require} for an
 * action on a model, {@link #visible} for reading one, {@link #modelScope} for every list; it
 * answers {@link #allowedActions} for responses and pages. The rules themselves are {@link
 * AccessRules}. A model the caller may not see is answered as not found, so that its existence
 * cannot be probed; every refusal is written into the audit trail.
 */
@ApplicationScoped
public class AccessPolicy {

  static final String MODEL = "model";

  @Inject SupervisionModelRepository models;
  @Inject ModelFactsLoader factsLoader;
  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public Caller caller() {
    return currentCaller.get();
  }

  /** Today in the office's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(OfficeTime.ZONE));
  }

  /** The model, if it exists and the caller may see it; otherwise not found (and audited). */
  public SupervisionModel visible(long modelId) {
    SupervisionModel model = models.findById(modelId).orElseThrow(() -> notFound(modelId));
    requireVisible(caller(), model, facts(model));
    return model;
  }

  /**
   * The model, locked for a state change, once the caller may take the action on it now: 404 when
   * they may not see it, 403 when they may see it but not act, 409 when the model is not at a point
   * where the action can be taken.
   */
  public SupervisionModel require(long modelId, ModelAction action) {
    SupervisionModel model = models.lockById(modelId).orElseThrow(() -> notFound(modelId));
    require(model, action);
    return model;
  }

  /** As {@link #require(long, ModelAction)} on a model already loaded. */
  public void require(SupervisionModel model, ModelAction action) {
    Caller caller = caller();
    ModelFacts facts = facts(model);
    requireVisible(caller, model, facts);
    Verdict verdict = AccessRules.decide(caller, facts, action, today());
    switch (verdict.kind()) {
      case ALLOWED -> {}
      case FORBIDDEN -> throw deny(caller, model.getId(), verdict.code(), verdict.flatArgs());
      case NOT_NOW -> throw new LifecycleViolationException(verdict.code(), verdict.flatArgs());
    }
  }

  /** The model locked for a change, if it exists and the caller may see it. */
  public SupervisionModel lockedVisible(long modelId) {
    SupervisionModel model = models.lockById(modelId).orElseThrow(() -> notFound(modelId));
    requireVisible(caller(), model, facts(model));
    return model;
  }

  /** The policy's answer for the action on the model, without acting on it. */
  public Verdict verdict(SupervisionModel model, ModelAction action) {
    return AccessRules.decide(caller(), facts(model), action, today());
  }

  /** Whether the caller may take the action on the model now. */
  public boolean allows(SupervisionModel model, ModelAction action) {
    return AccessRules.decide(caller(), facts(model), action, today()).allowed();
  }

  /** What the caller may do with the model now. */
  public Set<ModelAction> allowedActions(SupervisionModel model) {
    return AccessRules.allowed(caller(), facts(model), today());
  }

  /** As {@link #allowedActions(SupervisionModel)} for many models, each model's facts read once. */
  public Map<Long, Set<ModelAction>> allowedActions(Iterable<SupervisionModel> many) {
    Map<Long, Set<ModelAction>> actions = new HashMap<>();
    Caller caller = caller();
    LocalDate today = today();
    for (SupervisionModel model : many) {
      actions.computeIfAbsent(
          model.getId(), id -> AccessRules.allowed(caller, facts(model), today));
    }
    return actions;
  }

  public boolean canSee(Caller caller, SupervisionModel model) {
    return AccessRules.canSee(caller, facts(model));
  }

  /** How far the caller reads the reviews of the model's latest forum round. */
  public ReviewVisibility reviews(SupervisionModel model) {
    return AccessRules.reviews(caller(), facts(model));
  }

  /** The caller, who must hold the role (403 {@code access.role-required} and audited if not). */
  public Caller requireRole(Role role) {
    Caller caller = caller();
    if (!caller.has(role)) {
      throw deny(caller, "access.role-required", "username", caller.username(), "role", role);
    }
    return caller;
  }

  /**
   * The caller, who must be of the digital office (403 {@code access.office-required} and audited
   * if not).
   */
  public Caller requireOffice() {
    Caller caller = caller();
    if (!AccessRules.office(caller)) {
      throw deny(caller, "access.office-required", "username", caller.username());
    }
    return caller;
  }

  /**
   * Refuses unless the caller acts for the unit (the digital office for all, staff for theirs),
   * with the refusal's code and arguments (name, value, …).
   */
  public void requireUnit(SupervisionModel model, long unitId, String code, Object... args) {
    Caller caller = caller();
    if (!AccessRules.actsForUnit(caller, unitId)) {
      throw deny(caller, model.getId(), code, args);
    }
  }

  public boolean office(Caller caller) {
    return AccessRules.office(caller);
  }

  /**
   * Whether the current caller is of the digital office (schedules forums, acts for every unit).
   */
  public boolean callerInOffice() {
    return AccessRules.office(caller());
  }

  /** Whether the current caller acts for the unit: the digital office, or staff of that unit. */
  public boolean callerActsForUnit(long unitId) {
    return AccessRules.actsForUnit(caller(), unitId);
  }

  public boolean actsForUnit(Caller caller, long unitId) {
    return AccessRules.actsForUnit(caller, unitId);
  }

  public boolean seesAllUnitRows(Caller caller) {
    return AccessRules.seesAllUnitRows(caller);
  }

  public boolean readsDirectory(Caller caller) {
    return AccessRules.readsDirectory(caller);
  }

  public boolean seesCity(Caller caller) {
    return AccessRules.seesCity(caller);
  }

  /**
   * The models the caller may see, as a JPQL condition on the alias {@code m} with its parameters:
   * the same rule as {@link AccessRules#canSee}, for every list, count and search.
   */
  public Scope modelScope(Caller caller) {
    if (AccessRules.office(caller) || caller.has(Role.LEADER)) {
      return new Scope("1 = 1", Map.of());
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder scope =
        new StringBuilder(
            "(m.createdBy.id = :scopeMe"
                + " or :scopeMe in (select c.id from SupervisionModel s join s.coCreators c where s = m)"
                + " or m.stage in :scopeListed");
    parameters.put("scopeMe", caller.userId());
    parameters.put("scopeListed", AccessRules.LISTED);
    if (caller.has(Role.STAFF)) {
      scope.append(" or ").append(UNIT_WORK);
      parameters.putAll(unitWork(caller).parameters());
    }
    if (caller.has(Role.REVIEWER)) {
      scope.append(
          " or m.id in (select a.model.id from AgendaItem a join a.forum f join f.reviewers r"
              + " where r.id = :scopeMe)");
    }
    return new Scope(scope.append(")").toString(), parameters);
  }

  /**
   * The forums the caller sees, as a JPQL condition on the alias {@code f}: the same rule as {@link
   * AccessRules#seesWholeForum} or {@link AccessRules#seesAgendaItem} for at least one item.
   */
  public Scope forumScope(Caller caller) {
    if (AccessRules.office(caller)) {
      return new Scope("1 = 1", Map.of());
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("scopeMe", caller.userId());
    StringBuilder scope =
        new StringBuilder(
            "(f.id in (select a.forum.id from AgendaItem a where a.model.createdBy.id = :scopeMe"
                + " or :scopeMe in (select c.id from SupervisionModel s join s.coCreators c"
                + " where s = a.model))");
    if (caller.has(Role.LEADER)) {
      scope.append(" or f.presidingLeader.id = :scopeMe");
      if (!caller.actingFor().isEmpty()) {
        // the forums of the absent leaders the caller stands in for today
        scope.append(" or f.presidingLeader.id in :scopeActingFor");
        parameters.put("scopeActingFor", caller.actingFor().stream().map(UserRef::id).toList());
      }
    }
    if (caller.has(Role.REVIEWER)) {
      scope.append(" or :scopeMe in (select r.id from Forum g join g.reviewers r where g = f)");
    }
    if (caller.has(Role.STAFF)) {
      scope.append(
          " or f.id in (select a.forum.id from AgendaItem a where a.model.owningUnit.id = :scopeUnit)");
      parameters.put("scopeUnit", caller.unitId());
    }
    return new Scope(scope.append(")").toString(), parameters);
  }

  public boolean seesWholeForum(Caller caller, long presidingLeaderId, Set<Long> invitedIds) {
    return AccessRules.seesWholeForum(caller, presidingLeaderId, invitedIds);
  }

  /** Whether the caller, not seeing the whole forum, sees the agenda item of this model. */
  public boolean seesAgendaItem(Caller caller, SupervisionModel model) {
    Set<Long> creators = new java.util.HashSet<>();
    creators.add(model.getCreatedBy().getId());
    model.getCoCreators().forEach(user -> creators.add(user.getId()));
    return AccessRules.seesAgendaItem(caller, model.getOwningUnit().getId(), creators);
  }

  /** The models the caller's unit works on (owns, pilots, adopts): the filter "my unit's work". */
  public Scope unitWork(Caller caller) {
    return new Scope(
        UNIT_WORK,
        Map.of("scopeUnit", caller.unitId(), "scopeNotApplicable", AdoptionStatus.NOT_APPLICABLE));
  }

  private static final String UNIT_WORK =
      "(m.owningUnit.id = :scopeUnit"
          + " or m.id in (select p.model.id from PilotPlan p join p.units u where u.unit.id = :scopeUnit)"
          + " or m.id in (select a.model.id from Adoption a where a.unit.id = :scopeUnit"
          + " and a.status <> :scopeNotApplicable))";

  /** A JPQL condition and its named parameters. */
  public record Scope(String condition, Map<String, Object> parameters) {}

  /**
   * A refusal to throw: a code with its arguments (name, value, …). Every refusal passes here, so
   * that it is recorded.
   */
  public AccessDeniedException deny(Caller caller, String code, Object... args) {
    return denied(caller, "Request", null, null, code, args);
  }

  /** A refusal concerning a model, recorded in the model's history too. */
  public AccessDeniedException deny(Caller caller, long modelId, String code, Object... args) {
    return denied(caller, "SupervisionModel", String.valueOf(modelId), modelId, code, args);
  }

  private AccessDeniedException denied(
      Caller caller,
      String entityType,
      String entityId,
      Long modelId,
      String code,
      Object... args) {
    AccessDeniedException refusal = new AccessDeniedException(code, args);
    AuditRecord record =
        new AuditRecord(
            caller.username(),
            "ACCESS_DENIED",
            entityType,
            entityId,
            modelId,
            null,
            null,
            // Transitional: a caller still passing a worded message instead of a code.
            refusal.code() == null ? code : null);
    audit.recordDenial(refusal.code() == null ? record : record.saying(code, args));
    return refusal;
  }

  ModelFacts facts(SupervisionModel model) {
    return factsLoader.load(model);
  }

  private void requireVisible(Caller caller, SupervisionModel model, ModelFacts facts) {
    if (!AccessRules.canSee(caller, facts)) {
      deny(
          caller,
          model.getId(),
          "access.model-hidden",
          "username",
          caller.username(),
          "id",
          model.getId());
      throw notFound(model.getId());
    }
  }

  /** Stages in which a model counts as listed in the city library. */
  public static Set<Stage> listed() {
    return AccessRules.LISTED;
  }

  public static EntityNotFoundException notFound(long modelId) {
    return new EntityNotFoundException(MODEL, modelId);
  }
}
