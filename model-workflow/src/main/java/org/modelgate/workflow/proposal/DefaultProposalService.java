package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
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
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
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

  /** Stages in which the creators may still edit the content. */
  private static final Set<Stage> EDITABLE = EnumSet.of(Stage.DRAFT, Stage.REVISION);

  /** Stages from which a creator may withdraw: submitted, not yet adopted or ended. */
  private static final Set<Stage> WITHDRAWABLE =
      EnumSet.of(
          Stage.SCREENING,
          Stage.REVISION,
          Stage.AWAITING_FORUM,
          Stage.FORUM_REVIEW,
          Stage.PILOT_PLANNING,
          Stage.PILOT,
          Stage.EVALUATION,
          Stage.ADOPTION);

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject SupervisionModelRepository models;
  @Inject ModelAccess access;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject RuntimeService runtimeService;
  @Inject ProcessTasks processTasks;
  @Inject LifecycleSettings settings;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject RequestValidator validator;

  @Override
  public SupervisionModelResponse createDraft(DraftRequest request) {
    currentCaller.require(Role.CREATOR, "创建监督模型");
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
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse find(long modelId) {
    return access.visible(modelId).toResponse();
  }

  @Override
  public PageResponse<ModelSummaryResponse> list(ModelQuery query) {
    validator.valid(query);
    var page = models.list(query, currentCaller.get());
    return new PageResponse<>(
        page.items().stream().map(SupervisionModel::toSummary).toList(),
        query.page(),
        query.size(),
        page.total());
  }

  @Override
  public SupervisionModelResponse update(
      long modelId, long expectedRowVersion, DraftRequest request) {
    SupervisionModel model = access.lockedForCreator(modelId, "修改");
    validator.valid(request);
    if (!EDITABLE.contains(model.getStage())) {
      throw new LifecycleViolationException(model.describeStage() + "，只有草稿或退回修改的模型可以修改");
    }
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
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse submit(long modelId) {
    SupervisionModel model = access.lockedForCreator(modelId, "提交");
    if (model.getStage() != Stage.DRAFT) {
      throw new LifecycleViolationException(model.describeStage() + "，不能提交");
    }
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
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse resubmit(long modelId) {
    SupervisionModel model = access.lockedForCreator(modelId, "重新提交");
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
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse withdraw(long modelId, WithdrawRequest request) {
    SupervisionModel model = access.lockedForCreator(modelId, "撤回");
    validator.valid(request);
    if (!WITHDRAWABLE.contains(model.getStage())) {
      throw new LifecycleViolationException(model.describeStage() + "，只能撤回已提交且尚未推广的模型");
    }
    em.persist(
        new Comment(model, currentCaller.account(), "撤回理由：" + request.reason(), clock.instant()));
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(), "WITHDRAW", modelId, null, null, request.reason()));
    processTasks.correlate(ModelLifecycle.MESSAGE_WITHDRAWAL_REQUESTED, modelId, Map.of());
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse newVersion(long modelId) {
    SupervisionModel held = access.lockedForCreator(modelId, "提交新版本");
    if (held.getStage() != Stage.ON_HOLD) {
      throw new LifecycleViolationException(held.describeStage() + "，只有审慎使用（暂缓）的模型可以提交新版本");
    }
    long existing =
        em.createQuery(
                "select count(m) from SupervisionModel m where m.previousVersion = :held",
                Long.class)
            .setParameter("held", held)
            .getSingleResult();
    if (existing > 0) {
      throw new LifecycleViolationException("监督模型 " + modelId + " 已有新版本，请在新版本上继续修改");
    }
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
    return next.toResponse();
  }

  @Override
  public SupervisionModelResponse retire(long modelId, WithdrawRequest request) {
    Caller caller = currentCaller.require(Role.LEADER, "下架监督模型");
    SupervisionModel model = access.lockedVisible(modelId);
    access.requireIndependent(caller, model, "下架");
    validator.valid(request);
    if (model.getStage() != Stage.ADOPTED) {
      throw new LifecycleViolationException(model.describeStage() + "，只有已推广的模型可以下架");
    }
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
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse screen(long modelId, ScreeningRequest request) {
    Caller caller = currentCaller.require(Role.STAFF, "初审监督模型");
    SupervisionModel model = access.lockedVisible(modelId);
    if (!caller.cityWide()) {
      throw access.deny(
          caller, modelId, "初审由数字检察办公室负责，" + caller.username() + " 不能初审监督模型 " + modelId);
    }
    access.requireIndependent(caller, model, "初审");
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
                + (request.comment() == null ? "" : "：" + request.comment())));
    processTasks.complete(
        screening,
        caller.username(),
        Map.of(ModelLifecycle.VAR_SCREENING_OUTCOME, request.outcome().name()));
    return model.toResponse();
  }

  @Override
  public List<ModelSummaryResponse> similarModels(long modelId) {
    Caller caller = currentCaller.get();
    SupervisionModel model = access.visible(modelId);
    if (!(caller.has(Role.STAFF) || caller.has(Role.LEADER) || caller.has(Role.ADMIN))) {
      throw access.deny(caller, modelId, "同质化比对结果仅供工作人员和院领导查看");
    }
    return models.activeOnPoint(model.getSupervisionPoint().getId(), model.getId()).stream()
        .map(SupervisionModel::toSummary)
        .toList();
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
    if (active >= settings.homogeneityCap() && !model.hasInnovationStatement()) {
      throw new InvalidInputException(
          "innovationStatement",
          "RequiredAboveHomogeneityCap",
          "监督点「"
              + model.getSupervisionPoint().getName()
              + "」已有 "
              + active
              + " 个在用模型（上限 "
              + settings.homogeneityCap()
              + " 个），提交前须填写创新点说明");
    }
  }
}
