package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.audit.AuditService;
import org.modelgate.api.audit.ChainVerificationResponse;

/** Administrators' check of the audit trail. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditService audit;

  @GET
  @Path("verify")
  @Operation(summary = "校验审计日志的哈希链，报告第一处断裂（系统管理员）")
  public ChainVerificationResponse verify() {
    return audit.verifyChain();
  }
}
