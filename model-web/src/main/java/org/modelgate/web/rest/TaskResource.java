package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;

/** The caller's task inbox. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject InboxService inbox;

  @GET
  @Operation(summary = "我的待办：指派给我的和我所在岗位可认领的，含模型、阶段、期限、是否逾期")
  public List<TaskResponse> tasks() {
    return inbox.tasks();
  }

  @POST
  @Path("{id}/claim")
  @Operation(summary = "认领任务")
  public TaskResponse claim(@PathParam("id") String id) {
    return inbox.claim(id);
  }

  @POST
  @Path("{id}/unclaim")
  @Operation(summary = "退回已认领的任务")
  public TaskResponse unclaim(@PathParam("id") String id) {
    return inbox.unclaim(id);
  }
}
