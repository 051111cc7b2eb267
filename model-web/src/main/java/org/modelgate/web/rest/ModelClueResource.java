package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.clue.ClueImportResponse;
import org.modelgate.api.clue.ClueRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.web.input.InputRules;

/** The clues of a model: one by hand, a hit list as CSV, the list and the funnel. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelClueResource {

  @Inject ClueService clues;

  @POST
  @Path("{id}/clues")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = ClueResponse.class, responseCode = "201")
  public Response createClue(@PathParam("id") long modelId, ClueRequest request) {
    return Response.status(Response.Status.CREATED).entity(clues.create(modelId, request)).build();
  }

  @POST
  @Path("{id}/clues")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @APIResponseSchema(value = ClueImportResponse.class, responseCode = "201")
  public Response importClues(@PathParam("id") long modelId, byte[] csv) {
    return Response.status(Response.Status.CREATED).entity(clues.importCsv(modelId, csv)).build();
  }

  @GET
  @Path("{id}/clues")
  public PageResponse<ClueResponse> clues(
      @PathParam("id") long modelId,
      @QueryParam("unit") Long unitId,
      @QueryParam("status") ClueStatus status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return clues.list(modelId, unitId, status, page, size);
  }

  @GET
  @Path("{id}/funnel")
  public FunnelResponse funnel(
      @PathParam("id") long modelId,
      @QueryParam("unit") Long unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return clues.funnel(modelId, unitId, date("from", from), date("to", to));
  }

  /** A query date as yyyy-MM-dd; a malformed one is a 400 naming the parameter. */
  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          name,
          InputRules.TYPE,
          InputRules.code(InputRules.TYPE),
          "field",
          name,
          "expected",
          "date",
          "actual",
          "string",
          "value",
          InputRules.excerpt(value));
    }
  }
}
