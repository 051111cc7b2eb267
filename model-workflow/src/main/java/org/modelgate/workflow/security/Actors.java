package org.modelgate.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.workflow.audit.AuditRecord;

/**
 * Who to name in the audit trail for work that may run in a user's request or on the engine's own
 * (a timer on a job executor thread, where there is no request and no user).
 */
@ApplicationScoped
public class Actors {

  @Inject CurrentCaller currentCaller;

  public String current() {
    try {
      return currentCaller.get().username();
    } catch (ContextNotActiveException | AccessDeniedException e) {
      return AuditRecord.SYSTEM;
    }
  }
}
