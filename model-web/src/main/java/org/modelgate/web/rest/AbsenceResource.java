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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
  public List<AbsenceResponse> myAbsences() {
    return absences.myAbsences();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = AbsenceResponse.class, responseCode = "201")
  public Response recordMyAbsence(AbsenceRequest request) {
    AbsenceResponse created = absences.recordMyAbsence(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response withdrawMyAbsence(@PathParam("id") long id) {
    absences.withdrawMyAbsence(id);
    return Response.noContent().build();
  }
}
