package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.adoption.AdoptionRequest;
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.FeedbackRequest;
import org.modelgate.api.adoption.FeedbackResponse;

/** City-wide adoption of a model: the matrix of units, their reports and feedback. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

  @Inject AdoptionService adoptions;

  @GET
  @Path("{id}/adoption")
  public List<AdoptionResponse> adoption(@PathParam("id") long id) {
    return adoptions.adoption(id);
  }

  @GET
  @Path("{id}/adoption/feedback")
  public List<FeedbackResponse> adoptionFeedback(@PathParam("id") long id) {
    return adoptions.feedback(id);
  }

  @POST
  @Path("{id}/adoption/{unitId}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = FeedbackResponse.class, responseCode = "201")
  public Response addAdoptionFeedback(
      @PathParam("id") long id, @PathParam("unitId") long unitId, FeedbackRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(adoptions.addFeedback(id, unitId, request))
        .build();
  }

  @PUT
  @Path("{id}/adoption/{unitId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AdoptionResponse reportAdoption(
      @PathParam("id") long id, @PathParam("unitId") long unitId, AdoptionRequest request) {
    return adoptions.report(id, unitId, request);
  }
}
