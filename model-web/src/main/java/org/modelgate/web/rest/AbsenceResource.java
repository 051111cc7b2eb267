package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.organisation.AbsenceRequest;
import org.modelgate.api.organisation.AbsenceResponse;
import org.modelgate.api.organisation.AbsenceService;

/** The caller's own absences and the substitute who stands in meanwhile. */
@Path("me/absences")
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceResource {

  @Inject AbsenceService absences;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "The caller's absences and those in which the caller stands in for someone, latest first")
  public List<AbsenceResponse> myAbsences() {
    return absences.myAbsences();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record an absence of the caller (leaders and staff): the substitute, who must hold the"
              + " same roles (for staff: of the same unit or the digital office), and the days"
              + " away, from today on, in Asia/Shanghai; no overlap with another absence")
  public Response record(AbsenceRequest request) {
    AbsenceResponse created = absences.recordMyAbsence(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Withdraw one of the caller's absences: one to come is removed, a running one ends"
              + " yesterday; one that is over stays (409)")
  public Response withdraw(@PathParam("id") long id) {
    absences.withdrawMyAbsence(id);
    return Response.noContent().build();
  }
}
