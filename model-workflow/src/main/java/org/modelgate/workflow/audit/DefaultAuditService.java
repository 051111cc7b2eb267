package org.modelgate.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.modelgate.api.audit.AuditService;
import org.modelgate.api.audit.ChainVerificationResponse;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.security.CurrentCaller;

/** The audit trail's check, for administrators. */
@ApplicationScoped
public class DefaultAuditService implements AuditService {

  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail trail;

  @Override
  public ChainVerificationResponse verifyChain() {
    currentCaller.require(Role.ADMIN, "校验审计日志");
    return trail.verifyChain();
  }
}
