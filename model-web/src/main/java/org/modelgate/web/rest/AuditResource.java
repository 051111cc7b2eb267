package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.modelgate.api.audit.AuditService;
import org.modelgate.api.audit.ChainVerificationResponse;

/** Administrators' check of the audit trail. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditService audit;

  @GET
  @Path("verify")
  public ChainVerificationResponse verify() {
    return audit.verifyChain();
  }
}
