package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.PilotDecisionRequest;
import org.modelgate.api.decision.PilotRecommendation;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.pilot.PilotPlanRequest;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.proposal.WithdrawRequest;

/** The pilot of a model: its plan, the early end and the leader's pilot decision. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class PilotResource {

  @Inject PilotService pilots;
  @Inject DecisionService decisions;

  @POST
  @Path("{id}/pilot-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = PilotPlanResponse.class, responseCode = "201")
  public Response planPilot(@PathParam("id") long id, PilotPlanRequest request) {
    return Response.status(Response.Status.CREATED).entity(pilots.plan(id, request)).build();
  }

  @GET
  @Path("{id}/pilot-plan")
  public PilotPlanResponse pilotPlan(@PathParam("id") long id) {
    return pilots.currentPlan(id).orElseThrow(() -> new EntityNotFoundException("pilot-plan", id));
  }

  @POST
  @Path("{id}/pilot-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = DecisionResponse.class, responseCode = "201")
  public Response decidePilot(@PathParam("id") long id, PilotDecisionRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(decisions.decidePilot(id, request))
        .build();
  }

  @GET
  @Path("{id}/pilot-decision")
  public PilotRecommendation pendingPilotDecision(@PathParam("id") long id) {
    return decisions
        .pendingRecommendation(id)
        .orElseThrow(() -> new EntityNotFoundException("pilot-decision", id));
  }

  @POST
  @Path("{id}/pilot-end")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204")
  public Response endPilot(@PathParam("id") long id, WithdrawRequest request) {
    pilots.endEarly(id, request == null ? null : request.reason());
    return Response.noContent().build();
  }
}
