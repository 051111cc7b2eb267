package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.failure.StaleVersionException;
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
  @Inject ProcessTasks processTasks;
  @Inject LifecycleSettings settings;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject RequestValidator validator;
  @Inject Notices notices;

  @Override
  public SupervisionModelResponse createDraft(DraftRequest request) {
    access.requireRole(Role.CREATOR, "创建监督模型");
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
          "监督模型 "
              + modelId
              + " 已被他人修改（当前版本 "
              + model.getRowVersion()
              + "，您编辑的是版本 "
              + expectedRowVersion
              + "），请刷新后重新修改");
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
            "版本 " + expectedRowVersion,
            "版本 " + model.getRowVersion(),
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
        AuditRecord.onModel(currentCaller.get().username(), "SUBMIT", modelId, null, null, "提交立项"));
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
                () -> new LifecycleViolationException(model.describeStage() + "，没有待重新提交的修改"));
    requireInnovationStatementAboveCap(model);
    // The revision task is the creator's; any co-creator may hand the revised model back.
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(), "RESUBMIT", modelId, null, null, "修改后重新提交"));
    processTasks.complete(revision, revision.getAssignee(), Map.of());
    return model.toResponse(access.allowedActions(model));
  }

  @Override
  public SupervisionModelResponse withdraw(long modelId, WithdrawRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.WITHDRAW);
    validator.valid(request);
    em.persist(
        new Comment(model, currentCaller.account(), "撤回理由：" + request.reason(), clock.instant()));
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
            "V" + held.getModelVersion() + "（" + modelId + "）",
            "V" + next.getModelVersion(),
            next.getTitle()));
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(),
            "NEW_VERSION",
            modelId,
            null,
            "新版本 " + next.getId(),
            next.getTitle()));
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
      throw new InvalidInputException("comment", "RequiredUnlessAccepted", "退回修改或不予采纳时须说明理由");
    }
    Task screening =
        processTasks
            .single(model.getProcessInstanceId(), ModelLifecycle.TASK_SCREEN_PROPOSAL)
            .orElseThrow(() -> new LifecycleViolationException(model.describeStage() + "，不在初审阶段"));
    if (request.comment() != null && !request.comment().isBlank()) {
      em.persist(
          new Comment(
              model,
              currentCaller.account(),
              "初审意见（" + request.outcome().label() + "）：" + request.comment(),
              clock.instant()));
    }
    audit.record(
        AuditRecord.onModel(
                caller.username(),
                "SCREEN",
                modelId,
                null,
                request.outcome().name(),
                request.outcome().label()
                    + (request.comment() == null ? "" : "：" + request.comment()))
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
    return audit.entriesForModel(modelId);
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
                new InvalidInputException(
                    "supervisionPointId",
                    "exists",
                    "监督点 " + request.supervisionPointId() + " 不存在或已停用"));
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
                      new InvalidInputException(
                          "coCreatorIds", "exists", "用户 " + userId + " 不存在或不是建模人"));
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
      throw new InvalidInputException(
          "innovationStatement",
          "RequiredAboveHomogeneityCap",
          "监督点「"
              + model.getSupervisionPoint().getName()
              + "」已有 "
              + active
              + " 个在用模型（上限 "
              + cap
              + " 个），提交前须填写创新点说明");
    }
  }
}
