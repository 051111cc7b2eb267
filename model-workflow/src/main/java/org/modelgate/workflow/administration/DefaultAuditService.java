package org.modelgate.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.modelgate.api.audit.AuditService;
import org.modelgate.api.audit.ChainVerificationResponse;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessPolicy;

/** The audit trail's check, for administrators. */
@ApplicationScoped
public class DefaultAuditService implements AuditService {

  @Inject AccessPolicy access;
  @Inject AuditTrail trail;

  @Override
  public ChainVerificationResponse verifyChain() {
    access.requireRole(Role.ADMIN);
    return trail.verifyChain();
  }
}
