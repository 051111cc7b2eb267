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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.clue.ClueRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.InvalidInputException;

/** The clues of a model: one by hand, a hit list as CSV, the list and the funnel. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelClueResource {

  @Inject ClueService clues;

  @POST
  @Path("{id}/clues")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记一条线索（所属单位或数字检察办公室）")
  public Response create(@PathParam("id") long modelId, ClueRequest request) {
    return Response.status(Response.Status.CREATED).entity(clues.create(modelId, request)).build();
  }

  @POST
  @Path("{id}/clues")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "导入线索清单（UTF-8 CSV，含表头）：任一行有误则整份不导入并逐行说明")
  public Response importClues(@PathParam("id") long modelId, byte[] csv) {
    return Response.status(Response.Status.CREATED).entity(clues.importCsv(modelId, csv)).build();
  }

  @GET
  @Path("{id}/clues")
  @Operation(summary = "线索列表（只含本单位的，数字检察办公室可看全部）")
  public PageResponse<ClueResponse> list(
      @PathParam("id") long modelId,
      @QueryParam("unit") Long unitId,
      @QueryParam("status") ClueStatus status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return clues.list(modelId, unitId, status, page, size);
  }

  @GET
  @Path("{id}/funnel")
  @Operation(summary = "线索漏斗：各单位与合计、三项比率、不实原因、挽回金额、与基线对比")
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
      throw new InvalidInputException(name, "Date", name + " 应为日期 yyyy-MM-dd，收到 " + value);
    }
  }
}
