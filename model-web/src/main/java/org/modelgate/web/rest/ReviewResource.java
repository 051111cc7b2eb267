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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.RulingRequest;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.review.AbstainRequest;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.review.SubmitReviewRequest;

/**
 * Forum review of a model: reviews, abstention, the ruling with its conditions, and the decision
 * records.
 */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject ReviewService reviews;
  @Inject DecisionService decisions;
  @Inject PilotService pilots;

  @GET
  @Path("{id}/reviews")
  public ReviewBoardResponse reviewBoard(@PathParam("id") long id) {
    return reviews.board(id);
  }

  @POST
  @Path("{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = ReviewResponse.class, responseCode = "201")
  public Response submitReview(@PathParam("id") long id, SubmitReviewRequest request) {
    ReviewResponse review = reviews.submit(id, request);
    return Response.status(Response.Status.CREATED).entity(review).build();
  }

  @POST
  @Path("{id}/abstention")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewBoardResponse abstain(@PathParam("id") long id, AbstainRequest request) {
    return reviews.abstain(id, request);
  }

  @POST
  @Path("{id}/ruling")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = DecisionResponse.class, responseCode = "201")
  public Response rule(@PathParam("id") long id, RulingRequest request) {
    DecisionResponse decision = decisions.rule(id, request);
    return Response.status(Response.Status.CREATED).entity(decision).build();
  }

  @POST
  @Path("{id}/conditions/{conditionId}/close")
  public ConditionResponse closeCondition(
      @PathParam("id") long id, @PathParam("conditionId") long conditionId) {
    return pilots.closeCondition(id, conditionId);
  }

  @GET
  @Path("{id}/decisions")
  public List<DecisionResponse> decisions(@PathParam("id") long id) {
    return decisions.decisions(id);
  }
}
