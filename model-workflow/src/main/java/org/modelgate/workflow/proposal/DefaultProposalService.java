package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.proposal.CreateDraftRequest;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Drafting and submitting supervision models. Each method is one container transaction that the
 * engine joins: the model's row and its process start or move together or not at all.
 */
@ApplicationScoped
@Transactional
public class DefaultProposalService implements ProposalService {

  static final String MODEL = "监督模型";

  @Inject SupervisionModelRepository models;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject RuntimeService runtimeService;
  @Inject Clock clock;
  @Inject RequestValidator validator;

  @Override
  public SupervisionModelResponse createDraft(CreateDraftRequest request) {
    currentCaller.require(Role.CREATOR, "创建监督模型");
    validator.valid(request);
    UserAccount creator = currentCaller.account();
    SupervisionPoint point =
        organisation
            .findSupervisionPoint(request.supervisionPointId())
            .filter(SupervisionPoint::isActive)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "supervisionPointId",
                        "exists",
                        "监督点 " + request.supervisionPointId() + " 不存在或已停用"));
    return models.add(new SupervisionModel(request, point, creator, clock.instant())).toResponse();
  }

  @Override
  public SupervisionModelResponse find(long modelId) {
    SupervisionModel model = models.findById(modelId).orElseThrow(() -> notFound(modelId));
    Caller caller = currentCaller.get();
    if (!ModelVisibility.canSee(caller, model)) {
      throw new AccessDeniedException(caller.username() + " 无权查看监督模型 " + modelId);
    }
    return model.toResponse();
  }

  @Override
  public SupervisionModelResponse submit(long modelId) {
    Caller caller = currentCaller.get();
    SupervisionModel model = models.lockById(modelId).orElseThrow(() -> notFound(modelId));
    if (model.getCreatedBy().getId() != caller.userId()) {
      throw new AccessDeniedException("只有建模人本人可以提交监督模型 " + modelId);
    }
    if (model.getStage() != Stage.DRAFT) {
      throw new LifecycleViolationException(
          "监督模型 "
              + modelId
              + " 当前阶段为 "
              + model.getStage()
              + "（"
              + model.getStage().label()
              + "），不能提交");
    }
    // The model's row is written first, then the process starts: one transaction, so a failure
    // of either leaves neither.
    model.markSubmitted(clock.instant());
    models.flush();
    model.attachProcess(
        runtimeService
            .startProcessInstanceByKey(
                ModelLifecycle.PROCESS_KEY,
                String.valueOf(modelId),
                Map.<String, Object>of(ModelLifecycle.VAR_MODEL_ID, modelId))
            .getId());
    return model.toResponse();
  }

  private static EntityNotFoundException notFound(long modelId) {
    return new EntityNotFoundException(MODEL, modelId);
  }
}
