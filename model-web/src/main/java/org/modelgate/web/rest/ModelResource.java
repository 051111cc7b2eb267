package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.proposal.CommentRequest;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.api.proposal.CurrentStepResponse;
import org.modelgate.api.proposal.DiagramService;
import org.modelgate.api.proposal.DraftRequest;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProcessDiagramResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.ScreeningRequest;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.proposal.WithdrawRequest;
import org.modelgate.web.input.InputRules;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemException;
import org.modelgate.web.problem.ProblemType;

/**
 * Supervision models: drafts, the list, submission, screening, withdrawal, comments, history, the
 * diagram, new versions and retirement. A model's ETag is its row version; an edit must send it
 * back in {@code If-Match}. The other features of a model have resources of their own under the
 * same path.
 */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

  @Inject ProposalService proposals;
  @Inject DiagramService diagrams;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = SupervisionModelResponse.class, responseCode = "201")
  public Response createDraft(DraftRequest request, @Context UriInfo uri) {
    SupervisionModelResponse created = proposals.createDraft(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  public PageResponse<ModelSummaryResponse> models(
      @QueryParam("stage") Stage stage,
      @QueryParam("unit") Long unitId,
      @QueryParam("businessLine") BusinessLine businessLine,
      @QueryParam("supervisionPoint") Long supervisionPointId,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("sort") String sort,
      @QueryParam("unitWork") @DefaultValue("false") boolean unitWork) {
    return proposals.list(
        new ModelQuery(
            stage, unitId, businessLine, supervisionPointId, text, page, size, sort, unitWork));
  }

  @GET
  @Path("{id}")
  @APIResponseSchema(value = SupervisionModelResponse.class, responseCode = "200")
  public Response model(@PathParam("id") long id) {
    SupervisionModelResponse model = proposals.find(id);
    return Response.ok(model).tag(etag(model)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = SupervisionModelResponse.class, responseCode = "200")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DraftRequest request) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Problem.of(ProblemType.PRECONDITION_REQUIRED, "precondition.if-match-required")
          .toResponse();
    }
    SupervisionModelResponse updated = proposals.update(id, rowVersion(ifMatch), request);
    return Response.ok(updated).tag(etag(updated)).build();
  }

  @POST
  @Path("{id}/submit")
  public SupervisionModelResponse submit(@PathParam("id") long id) {
    return proposals.submit(id);
  }

  @POST
  @Path("{id}/resubmit")
  public SupervisionModelResponse resubmit(@PathParam("id") long id) {
    return proposals.resubmit(id);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public SupervisionModelResponse withdraw(@PathParam("id") long id, WithdrawRequest request) {
    return proposals.withdraw(id, request);
  }

  @POST
  @Path("{id}/screening")
  @Consumes(MediaType.APPLICATION_JSON)
  public SupervisionModelResponse screen(@PathParam("id") long id, ScreeningRequest request) {
    return proposals.screen(id, request);
  }

  @GET
  @Path("{id}/similar")
  public List<ModelSummaryResponse> similar(@PathParam("id") long id) {
    return proposals.similarModels(id);
  }

  @GET
  @Path("{id}/comments")
  public List<CommentResponse> comments(@PathParam("id") long id) {
    return proposals.comments(id);
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = CommentResponse.class, responseCode = "201")
  public Response addComment(@PathParam("id") long id, CommentRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(proposals.addComment(id, request))
        .build();
  }

  @POST
  @Path("{id}/new-version")
  @APIResponseSchema(value = SupervisionModelResponse.class, responseCode = "201")
  public Response newVersion(@PathParam("id") long id, @Context UriInfo uri) {
    SupervisionModelResponse next = proposals.newVersion(id);
    return Response.created(
            uri.getBaseUriBuilder().path("models").path(String.valueOf(next.id())).build())
        .tag(etag(next))
        .entity(next)
        .build();
  }

  @POST
  @Path("{id}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  public SupervisionModelResponse retire(@PathParam("id") long id, WithdrawRequest request) {
    return proposals.retire(id, request);
  }

  @GET
  @Path("{id}/history")
  public List<HistoryEntryResponse> history(@PathParam("id") long id) {
    return proposals.history(id);
  }

  @GET
  @Path("{id}/diagram")
  public ProcessDiagramResponse diagram(@PathParam("id") long id) {
    return diagrams.diagram(id);
  }

  @GET
  @Path("{id}/current-steps")
  public List<CurrentStepResponse> currentSteps(@PathParam("id") long id) {
    return diagrams.currentSteps(id);
  }

  private static EntityTag etag(SupervisionModelResponse model) {
    return new EntityTag(String.valueOf(model.rowVersion()));
  }

  /**
   * The row version in an If-Match value such as {@code "3"}. RFC 9110 §13.1.1 compares If-Match
   * strongly: a weak tag ({@code W/"3"}) never matches, so it is answered 412.
   */
  static long rowVersion(String ifMatch) {
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      throw new ProblemException(
          Problem.of(ProblemType.PRECONDITION_FAILED, "precondition.weak-etag", "etag", value));
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!value.matches("[0-9]{1,18}")) {
      throw InvalidInputException.of(
          "If-Match", "ETag", "input.etag", "value", InputRules.excerpt(ifMatch.strip()));
    }
    return Long.parseLong(value);
  }
}
