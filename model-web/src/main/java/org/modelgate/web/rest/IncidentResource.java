package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.modelgate.api.incident.IncidentResponse;
import org.modelgate.api.incident.IncidentService;

/** Failed process jobs (incidents), for administrators. */
@Path("admin/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  @Inject IncidentService incidents;

  @GET
  public List<IncidentResponse> open() {
    return incidents.open();
  }

  @POST
  @Path("{id}/retry")
  @APIResponse(responseCode = "204")
  public Response retry(@PathParam("id") String id) {
    incidents.retry(id);
    return Response.noContent().build();
  }
}
