package org.modelgate.workflow.proposal;

import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;

/**
 * Who may see a model (DESIGN §3): its creator; leaders and admins; city-wide staff; staff of the
 * owning unit. Reviewers see the models of their forums, which arrive with forum review.
 */
final class ModelVisibility {

  private ModelVisibility() {}

  static boolean canSee(Caller caller, SupervisionModel model) {
    if (model.getCreatedBy().getId() == caller.userId()
        || caller.has(Role.LEADER)
        || caller.has(Role.ADMIN)) {
      return true;
    }
    return caller.has(Role.STAFF)
        && (caller.cityWide() || model.getOwningUnit().getId() == caller.unitId());
  }
}
