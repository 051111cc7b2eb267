package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.proposal.CreateDraftRequest;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.SupervisionModelResponse;

/** Supervision models: drafts, their stage, submission. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

  @Inject ProposalService proposals;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建监督模型草稿（建模人）")
  public Response createDraft(CreateDraftRequest request, @Context UriInfo uri) {
    SupervisionModelResponse created = proposals.createDraft(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "查看监督模型及其所处阶段")
  public SupervisionModelResponse find(@PathParam("id") long id) {
    return proposals.find(id);
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "提交草稿，启动全生命周期流程（进入初审）")
  public SupervisionModelResponse submit(@PathParam("id") long id) {
    return proposals.submit(id);
  }
}
