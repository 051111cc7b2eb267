package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.failure.StaleVersionException;
import org.modelgate.api.proposal.CommentKind;
import org.modelgate.api.proposal.CommentRequest;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.api.proposal.DraftRequest;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.ScreeningOutcome;
import org.modelgate.api.proposal.ScreeningRequest;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.proposal.WithdrawRequest;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.model.SupervisionModelRepository;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Supervision models from draft through screening. Each method is one container transaction that
 * the engine joins: the model's row and its process move together or not at all. State changes lock
 * the model's row first, so concurrent changes queue and the later one sees the earlier one's
 * outcome.
 */
@ApplicationScoped
@Transactional
public class DefaultProposalService implements ProposalService {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject SupervisionModelRepository models;
  @Inject AccessPolicy access;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject RuntimeService runtimeService;
  @Inject RepositoryService repositoryService;
  @Inject ProcessTasks processTasks;
  @Inject LifecycleSettings settings;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject RequestValidator validator;
  @Inject Notices notices;

  @Override
  public SupervisionModelResponse createDraft(DraftRequest request) {
    access.requireRole(Role.CREATOR);
    validator.valid(request);
    UserAccount creator = currentCaller.account();
    SupervisionModel model =
        new SupervisionModel(
            request,
            supervisionPoint(request),
            creator,
            coCreators(request, creator),
            clock.instant());
    models.add(model);
    audit.record(
        AuditRecord.onModel(
            creator.getUsername(),
            "CREATE_DRAFT",
            model.getId(),
            null,
            Stage.DRAFT.name(),
            model.getTitle()));
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse find(long modelId) {
    SupervisionModel model = access.visible(modelId);
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public PageResponse<ModelSummaryResponse> list(ModelQuery query) {
    validator.valid(query);
    var page = models.list(query, access.modelScope(currentCaller.get()), unitWork(query));
    var actions = access.allowedActions(page.items());
    return new PageResponse<>(
        page.items().stream().map(m -> m.toSummary(actions.get(m.getId()))).toList(),
        query.page(),
        query.size(),
        page.total());
  }

  @Override
  public SupervisionModelResponse update(
      long modelId, long expectedRowVersion, DraftRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.EDIT);
    validator.valid(request);
    if (model.getRowVersion() != expectedRowVersion) {
      throw new StaleVersionException(
          "model.stale-version",
          "id",
          modelId,
          "current",
          model.getRowVersion(),
          "expected",
          expectedRowVersion);
    }
    model.edit(
        request,
        supervisionPoint(request),
        coCreators(request, model.getCreatedBy()),
        clock.instant());
    models.flush();
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(),
            "EDIT",
            modelId,
            String.valueOf(expectedRowVersion),
            String.valueOf(model.getRowVersion()),
            model.getTitle()));
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse submit(long modelId) {
    SupervisionModel model = access.require(modelId, ModelAction.SUBMIT);
    requireInnovationStatementAboveCap(model);
    // The model's row is written first, then the process starts: one transaction, so a failure
    // of either leaves neither.
    audit.record(
        AuditRecord.onModel(currentCaller.get().username(), "SUBMIT", modelId, null, null, null));
    model.markSubmitted(clock.instant());
    models.flush();
    model.attachProcess(
        runtimeService
            .startProcessInstanceByKey(
                ModelLifecycle.PROCESS_KEY,
                String.valueOf(modelId),
                Map.of(
                    ModelLifecycle.VAR_MODEL_ID, modelId,
                    ModelLifecycle.VAR_CREATOR, model.getCreatedBy().getUsername(),
                    ModelLifecycle.VAR_FORUM_SLA, settings.forumSla().toString()))
            .getId());
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse resubmit(long modelId) {
    SupervisionModel model = access.require(modelId, ModelAction.RESUBMIT);
    Task revision =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_REVISE_PROPOSAL)
            .or(
                () ->
                    processTasks.single(
                        model.getProcessInstanceId(), ModelLifecycle.TASK_REVISE_AFTER_FORUM))
            .orElseThrow(
                () ->
                    new LifecycleViolationException(
                        "model.no-revision-pending", "id", modelId, "stage", model.getStage()));
    requireInnovationStatementAboveCap(model);
    // The revision task is the creator's; any co-creator may hand the revised model back.
    audit.record(
        AuditRecord.onModel(currentCaller.get().username(), "RESUBMIT", modelId, null, null, null));
    processTasks.complete(revision, revision.getAssignee(), Map.of());
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse withdraw(long modelId, WithdrawRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.WITHDRAW);
    validator.valid(request);
    em.persist(
        new Comment(
            model,
            currentCaller.account(),
            request.reason().strip(),
            CommentKind.WITHDRAWAL,
            clock.instant()));
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(), "WITHDRAW", modelId, null, null, request.reason()));
    processTasks.correlate(ModelLifecycle.MESSAGE_WITHDRAWAL_REQUESTED, modelId, Map.of());
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse newVersion(long modelId) {
    SupervisionModel held = access.require(modelId, ModelAction.NEW_VERSION);
    SupervisionModel next = models.add(held.nextVersion(clock.instant()));
    audit.record(
        AuditRecord.onModel(
                currentCaller.get().username(),
                "NEW_VERSION",
                next.getId(),
                String.valueOf(held.getModelVersion()),
                String.valueOf(next.getModelVersion()),
                next.getTitle())
            .saying("history.version-of", "id", modelId, "version", held.getModelVersion()));
    audit.record(
        AuditRecord.onModel(
                currentCaller.get().username(),
                "NEW_VERSION",
                modelId,
                null,
                String.valueOf(next.getId()),
                next.getTitle())
            .saying("history.new-version", "id", next.getId(), "version", next.getModelVersion()));
    return next.toResponse(access.allowedActions(next));
  }

  @Override
  public SupervisionModelResponse retire(long modelId, WithdrawRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.RETIRE);
    Caller caller = currentCaller.get();
    validator.valid(request);
    // The lifecycle process has ended with the adoption; delisting is the model's last change.
    model.enterStage(Stage.RETIRED, clock.instant());
    models.flush();
    audit.record(
        AuditRecord.onModel(
            caller.username(),
            "RETIRED",
            modelId,
            Stage.ADOPTED.name(),
            Stage.RETIRED.name(),
            request.reason()));
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse screen(long modelId, ScreeningRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.SCREEN);
    Caller caller = currentCaller.get();
    validator.valid(request);
    if (request.outcome() != ScreeningOutcome.ACCEPT
        && (request.comment() == null || request.comment().isBlank())) {
      throw InvalidInputException.of(
          "comment",
          "RequiredUnlessAccepted",
          "model.screening-comment-required",
          "outcome",
          request.outcome());
    }
    Task screening =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_SCREEN_PROPOSAL)
            .orElseThrow(
                () ->
                    new LifecycleViolationException(
                        "model.not-in-screening", "id", modelId, "stage", model.getStage()));
    if (request.comment() != null && !request.comment().isBlank()) {
      em.persist(
          new Comment(
              model,
              currentCaller.account(),
              request.comment().strip(),
              CommentKind.of(request.outcome()),
              clock.instant()));
    }
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "SCREEN",
                modelId,
                null,
                request.outcome().name(),
                request.comment() == null || request.comment().isBlank()
                    ? null
                    : request.comment().strip())
            .onBehalfOf(ProcessTasks.standsInFor(screening, caller)));
    processTasks.complete(
        screening, caller, Map.of(ModelLifecycle.VAR_SCREENING_OUTCOME, request.outcome().name()));
    if (request.outcome() != ScreeningOutcome.ACCEPT) {
      notices.toCreators(
          model,
          request.outcome() == ScreeningOutcome.RETURN
              ? NoticeKind.MODEL_RETURNED
              : NoticeKind.MODEL_REJECTED,
          request.comment().strip());
    }
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public List<ModelSummaryResponse> similarModels(long modelId) {
    SupervisionModel model = access.visible(modelId);
    access.require(model, ModelAction.VIEW_SIMILAR);
    List<SupervisionModel> similar =
        models.activeOnPoint(model.getSupervisionPoint().getId(), model.getId());
    var actions = access.allowedActions(similar);
    return similar.stream().map(m -> m.toSummary(actions.get(m.getId()))).toList();
  }

  @Override
  public List<CommentResponse> comments(long modelId) {
    access.visible(modelId);
    return em.createQuery(
            "select c from Comment c where c.model.id = :model order by c.createdAt, c.id",
            Comment.class)
        .setParameter("model", modelId)
        .getResultStream()
        .map(Comment::toResponse)
        .toList();
  }

  @Override
  public CommentResponse addComment(long modelId, CommentRequest request) {
    SupervisionModel model = access.visible(modelId);
    validator.valid(request);
    Comment comment =
        new Comment(model, currentCaller.account(), request.body().strip(), clock.instant());
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(), "COMMENT", modelId, null, null, request.body()));
    em.persist(comment);
    em.flush();
    return comment.toResponse();
  }

  @Override
  public List<HistoryEntryResponse> history(long modelId) {
    access.visible(modelId);
    List<HistoryEntryResponse> entries = audit.entriesForModel(modelId);
    if (entries.stream().noneMatch(DefaultProposalService::namesAStep)) {
      return entries;
    }
    Map<String, String> steps = stepKeysByName();
    return entries.stream()
        .map(
            entry ->
                namesAStep(entry) && steps.containsKey(entry.detail())
                    ? stepLine(entry, steps.get(entry.detail()))
                    : entry)
        .toList();
  }

  /**
   * Whether the entry names a process step by the step's (Chinese) name, as claims of tasks did:
   * the step is named by its key instead, so that the reader's language can word it.
   */
  private static boolean namesAStep(HistoryEntryResponse entry) {
    return entry.code() == null
        && entry.detail() != null
        && ("TASK_CLAIMED".equals(entry.action()) || "TASK_UNCLAIMED".equals(entry.action()));
  }

  private static HistoryEntryResponse stepLine(HistoryEntryResponse entry, String taskKey) {
    return new HistoryEntryResponse(
        entry.at(),
        entry.actor(),
        entry.actorName(),
        entry.actorUnit(),
        entry.actorUnitCode(),
        entry.action(),
        entry.outcome(),
        entry.before(),
        entry.after(),
        null,
        "history.task",
        Map.of("task", taskKey),
        entry.entityType(),
        entry.subject());
  }

  /** The user tasks of every version of the lifecycle process: key by name. */
  private Map<String, String> stepKeysByName() {
    Map<String, String> keys = new HashMap<>();
    for (ProcessDefinition definition :
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(ModelLifecycle.PROCESS_KEY)
            .list()) {
      for (UserTask task :
          repositoryService
              .getBpmnModelInstance(definition.getId())
              .getModelElementsByType(UserTask.class)) {
        if (task.getName() != null) {
          keys.putIfAbsent(task.getName(), task.getId());
        }
      }
    }
    return keys;
  }

  private AccessPolicy.Scope unitWork(ModelQuery query) {
    return query.unitWork() ? access.unitWork(currentCaller.get()) : null;
  }

  private SupervisionPoint supervisionPoint(DraftRequest request) {
    return organisation
        .findSupervisionPoint(request.supervisionPointId())
        .filter(SupervisionPoint::isActive)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "supervisionPointId",
                    "exists",
                    "model.point-unknown",
                    "id",
                    request.supervisionPointId()));
  }

  private Set<UserAccount> coCreators(DraftRequest request, UserAccount creator) {
    Set<UserAccount> coCreators = new HashSet<>();
    for (Long userId : request.coCreatorIds()) {
      UserAccount user =
          organisation
              .findUserById(userId)
              .filter(candidate -> candidate.has(Role.CREATOR))
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "coCreatorIds", "exists", "model.co-creator-unknown", "id", userId));
      if (!user.getId().equals(creator.getId())) {
        coCreators.add(user);
      }
    }
    return coCreators;
  }

  private void requireInnovationStatementAboveCap(SupervisionModel model) {
    int active = models.activeOnPoint(model.getSupervisionPoint().getId(), model.getId()).size();
    // The point's own cap, set by an administrator, overrides MODELGATE_HOMOGENEITY_CAP.
    int cap = model.getSupervisionPoint().capOr(settings.homogeneityCap());
    if (active >= cap && !model.hasInnovationStatement()) {
      SupervisionPoint point = model.getSupervisionPoint();
      throw InvalidInputException.of(
          "innovationStatement",
          "RequiredAboveHomogeneityCap",
          "model.innovation-statement-required",
          "point",
          point.getName(),
          "pointEn",
          point.getNameEn() == null ? point.getName() : point.getNameEn(),
          "active",
          active,
          "cap",
          cap);
    }
  }
}
