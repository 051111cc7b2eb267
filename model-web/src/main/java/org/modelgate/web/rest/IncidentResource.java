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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.incident.IncidentResponse;
import org.modelgate.api.incident.IncidentService;

/** Failed process jobs (incidents), for administrators. */
@Path("admin/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  @Inject IncidentService incidents;

  @GET
  @Operation(summary = "流程故障：重试用尽的作业（模型、环节、错误、剩余重试次数）（系统管理员）")
  public List<IncidentResponse> open() {
    return incidents.open();
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "重试一个流程故障的作业（系统管理员）")
  public Response retry(@PathParam("id") String id) {
    incidents.retry(id);
    return Response.noContent().build();
  }
}
