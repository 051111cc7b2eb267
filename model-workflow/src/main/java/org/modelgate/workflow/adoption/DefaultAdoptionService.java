package org.modelgate.workflow.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.adoption.AdoptionRequest;
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.adoption.FeedbackRequest;
import org.modelgate.api.adoption.FeedbackResponse;
import org.modelgate.api.adoption.LibraryEntryResponse;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.clue.Funnels;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * The library and the adoption matrix. A unit's report that settles its adoption (running, or not
 * applicable) completes that unit's adoption task in the same transaction; the last one ends the
 * process with the model ADOPTED.
 */
@ApplicationScoped
@Transactional
public class DefaultAdoptionService implements AdoptionService {

  static final Set<Stage> LISTED = AccessPolicy.listed();

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject CurrentCaller currentCaller;
  @Inject ProcessTasks processTasks;
  @Inject RuntimeService runtimeService;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Override
  public List<LibraryEntryResponse> library() {
    currentCaller.get();
    List<SupervisionModel> listed =
        em.createQuery(
                "select m from SupervisionModel m where m.stage in :stages order by m.updatedAt desc",
                SupervisionModel.class)
            .setParameter("stages", LISTED)
            .getResultList();
    Map<Long, Map<ClueStatus, Long>> clues = new HashMap<>();
    Map<Long, BigDecimal> recovered = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.model.id, c.status, count(c), sum(c.recoveredAmount) from Clue c"
                    + " where c.model.stage in :stages group by c.model.id, c.status",
                Object[].class)
            .setParameter("stages", LISTED)
            .getResultList()) {
      long model = ((Number) row[0]).longValue();
      clues
          .computeIfAbsent(model, key -> new EnumMap<>(ClueStatus.class))
          .put((ClueStatus) row[1], ((Number) row[2]).longValue());
      if (row[3] != null) {
        recovered.merge(model, (BigDecimal) row[3], BigDecimal::add);
      }
    }
    Map<Long, Map<AdoptionStatus, Long>> adoption = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.model.id, a.status, count(a) from Adoption a where a.model.stage in :stages"
                    + " group by a.model.id, a.status",
                Object[].class)
            .setParameter("stages", LISTED)
            .getResultList()) {
      adoption
          .computeIfAbsent(
              ((Number) row[0]).longValue(), key -> new EnumMap<>(AdoptionStatus.class))
          .put((AdoptionStatus) row[1], ((Number) row[2]).longValue());
    }
    return listed.stream()
        .map(
            model -> {
              FunnelCounts funnel =
                  Funnels.of(
                      clues.getOrDefault(model.getId(), Map.of()), recovered.get(model.getId()));
              Map<AdoptionStatus, Long> cells = adoption.getOrDefault(model.getId(), Map.of());
              long assigned =
                  cells.entrySet().stream()
                      .filter(cell -> cell.getKey() != AdoptionStatus.NOT_APPLICABLE)
                      .mapToLong(Map.Entry::getValue)
                      .sum();
              long running =
                  cells.entrySet().stream()
                      .filter(
                          cell ->
                              cell.getKey().settled()
                                  && cell.getKey() != AdoptionStatus.NOT_APPLICABLE)
                      .mapToLong(Map.Entry::getValue)
                      .sum();
              return new LibraryEntryResponse(
                  model.getId(),
                  model.getTitle(),
                  model.getModelVersion(),
                  model.getStage(),
                  model.getOwningUnit().getName(),
                  model.getOwningUnit().getNameEn(),
                  funnel,
                  assigned,
                  running,
                  assigned == 0 ? null : Math.round(running * 10_000.0 / assigned) / 10_000.0);
            })
        .toList();
  }

  @Override
  public List<AdoptionResponse> adoption(long modelId) {
    SupervisionModel model = access.visible(modelId);
    boolean reporting = access.allows(model, ModelAction.REPORT_ADOPTION);
    Caller caller = currentCaller.get();
    return em.createQuery(
            "select a from Adoption a where a.model.id = :model order by a.unit.code",
            Adoption.class)
        .setParameter("model", modelId)
        .getResultStream()
        .map(
            cell ->
                cell.toResponse(reporting && access.actsForUnit(caller, cell.getUnit().getId())))
        .toList();
  }

  @Override
  public AdoptionResponse report(long modelId, long unitId, AdoptionRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.REPORT_ADOPTION);
    Caller caller = currentCaller.get();
    access.requireUnit(model, unitId, "access.adoption-own-unit", "unitId", unitId);
    validator.valid(request);
    Adoption cell = em.find(Adoption.class, Adoption.key(modelId, unitId));
    if (cell == null) {
      throw new EntityNotFoundException("adoption", unitId);
    }
    AdoptionStatus from = cell.getStatus();
    if (!from.next().contains(request.status())) {
      throw new LifecycleViolationException(
          "adoption.status-not-allowed",
          "unit",
          cell.getUnit().getName(),
          "unitEn",
          cell.getUnit().getNameEn() == null || cell.getUnit().getNameEn().isBlank()
              ? cell.getUnit().getName()
              : cell.getUnit().getNameEn(),
          "from",
          from,
          "to",
          request.status(),
          "allowed",
          from.next().stream().sorted().toList());
    }
    if (request.status() == AdoptionStatus.NOT_APPLICABLE
        && (request.reason() == null || request.reason().isBlank())) {
      throw InvalidInputException.of(
          "reason", "RequiredForNotApplicable", "adoption.reason-required");
    }
    cell.move(request.status(), request.reason(), currentCaller.account(), clock.instant());
    em.flush();
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "ADOPTION_REPORTED",
                modelId,
                from.name(),
                request.status().name(),
                request.reason() == null || request.reason().isBlank()
                    ? null
                    : request.reason().strip())
            .saying("history.adoption-unit", "unit", cell.getUnit().getCode()));
    if (request.status().settled() && !from.settled()) {
      adoptionTask(model, cell.getUnit().getCode())
          .ifPresent(task -> processTasks.complete(task, caller, Map.of()));
    }
    return cell.toResponse(true);
  }

  @Override
  public FeedbackResponse addFeedback(long modelId, long unitId, FeedbackRequest request) {
    SupervisionModel model = access.visible(modelId);
    access.require(model, ModelAction.REPORT_ADOPTION);
    Caller caller = currentCaller.get();
    access.requireUnit(model, unitId, "access.feedback-own-unit", "unitId", unitId);
    validator.valid(request);
    Adoption cell = em.find(Adoption.class, Adoption.key(modelId, unitId));
    if (cell == null) {
      throw new EntityNotFoundException("adoption", unitId);
    }
    AdoptionFeedback feedback =
        new AdoptionFeedback(
            model,
            cell.getUnit(),
            currentCaller.account(),
            request.body().strip(),
            clock.instant());
    em.persist(feedback);
    em.flush();
    audit.record(
        AuditRecord.onModel(
                caller.username(), "ADOPTION_FEEDBACK", modelId, null, null, request.body().strip())
            .saying("history.adoption-unit", "unit", cell.getUnit().getCode()));
    return feedback.toResponse();
  }

  @Override
  public List<FeedbackResponse> feedback(long modelId) {
    access.visible(modelId);
    return em.createQuery(
            "select f from AdoptionFeedback f where f.model.id = :model order by f.createdAt, f.id",
            AdoptionFeedback.class)
        .setParameter("model", modelId)
        .getResultStream()
        .map(AdoptionFeedback::toResponse)
        .toList();
  }

  /** The unit's open adoption task: the multi-instance execution carries the unit's code. */
  private java.util.Optional<Task> adoptionTask(SupervisionModel model, String unitCode) {
    return processTasks
        .open(model.getProcessInstanceId(), ModelLifecycle.TASK_CONFIRM_ADOPTION)
        .stream()
        .filter(
            task ->
                unitCode.equals(
                    runtimeService.getVariable(
                        task.getExecutionId(), ModelLifecycle.VAR_ADOPTION_UNIT)))
        .findFirst();
  }
}
