package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * Who may see and change a model (DESIGN §3), in one place. Seeing: its creators; leaders and
 * admins; city-wide staff; staff of the owning unit; reviewers of a forum that has it on the
 * agenda; staff of its pilot units; everyone once it is listed. Segregation of duties: nobody
 * judges a model they created or co-created.
 */
@ApplicationScoped
public class ModelAccess {

  static final String MODEL = "监督模型";

  @Inject SupervisionModelRepository models;
  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;

  /** The model, if it exists and the caller may see it. */
  public SupervisionModel visible(long modelId) {
    SupervisionModel model = models.findById(modelId).orElseThrow(() -> notFound(modelId));
    requireVisible(model);
    return model;
  }

  /** The model locked for a state change, if it exists and the caller may see it. */
  public SupervisionModel lockedVisible(long modelId) {
    SupervisionModel model = models.lockById(modelId).orElseThrow(() -> notFound(modelId));
    requireVisible(model);
    return model;
  }

  /** The model locked for a change by one of its creators. */
  public SupervisionModel lockedForCreator(long modelId, String action) {
    SupervisionModel model = lockedVisible(modelId);
    Caller caller = currentCaller.get();
    if (!model.isCreator(caller.userId())) {
      throw deny(caller, modelId, "只有监督模型 " + modelId + " 的建模人可以" + action);
    }
    return model;
  }

  public boolean canSee(Caller caller, SupervisionModel model) {
    if (model.isCreator(caller.userId())
        || caller.has(Role.LEADER)
        || caller.has(Role.ADMIN)
        || model.getStage() == Stage.ADOPTION
        || model.getStage() == Stage.ADOPTED) {
      return true;
    }
    if (caller.has(Role.STAFF)
        && (caller.cityWide()
            || model.getOwningUnit().getId() == caller.unitId()
            || models.isPilotUnit(model.getId(), caller.unitId()))) {
      return true;
    }
    return caller.has(Role.REVIEWER) && models.isOnForumOfReviewer(model.getId(), caller.userId());
  }

  /** Refuses judging (screening, reviewing, ruling) a model the caller created or co-created. */
  public void requireIndependent(Caller caller, SupervisionModel model, String action) {
    if (model.isCreator(caller.userId())) {
      throw deny(caller, model.getId(), "回避原则：不能" + action + "本人（共同）建模的监督模型 " + model.getId());
    }
  }

  /** A refusal to throw. Every refusal passes here, so that it is recorded. */
  public AccessDeniedException deny(Caller caller, String message) {
    return currentCaller.denied(message);
  }

  /** A refusal concerning a model, recorded in the model's history too. */
  public AccessDeniedException deny(Caller caller, long modelId, String message) {
    audit.recordDenial(
        new AuditRecord(
            caller.username(),
            "ACCESS_DENIED",
            "SupervisionModel",
            String.valueOf(modelId),
            modelId,
            null,
            null,
            message));
    return new AccessDeniedException(message);
  }

  private void requireVisible(SupervisionModel model) {
    Caller caller = currentCaller.get();
    if (!canSee(caller, model)) {
      throw deny(caller, model.getId(), caller.username() + " 无权查看监督模型 " + model.getId());
    }
  }

  static EntityNotFoundException notFound(long modelId) {
    return new EntityNotFoundException(MODEL, modelId);
  }
}
