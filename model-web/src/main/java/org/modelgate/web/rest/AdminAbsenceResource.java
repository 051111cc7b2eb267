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

/**
 * A user's absences, for system administrators who record one for someone who is away (the service
 * checks the role).
 */
@Path("admin/users/{id}/absences")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAbsenceResource {

  @Inject AbsenceService absences;
  @Context UriInfo uri;

  @GET
  public List<AbsenceResponse> absencesOf(@PathParam("id") long userId) {
    return absences.absencesOf(userId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = AbsenceResponse.class, responseCode = "201")
  public Response recordAbsence(@PathParam("id") long userId, AbsenceRequest request) {
    AbsenceResponse created = absences.recordAbsence(userId, request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{absenceId}")
  @APIResponse(responseCode = "204")
  public Response withdrawAbsence(
      @PathParam("id") long userId, @PathParam("absenceId") long absenceId) {
    absences.withdrawAbsence(userId, absenceId);
    return Response.noContent().build();
  }
}
