package org.modelgate.api.audit;

/** Checks on the audit trail, for administrators. */
public interface AuditService {

  /** Re-computes the whole hash chain and reports the first broken link. Admins only. */
  ChainVerificationResponse verifyChain();
}
