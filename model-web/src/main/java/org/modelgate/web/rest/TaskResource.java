package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;

/** The caller's task inbox. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject InboxService inbox;

  @GET
  public List<TaskResponse> tasks() {
    return inbox.tasks();
  }

  @POST
  @Path("{id}/claim")
  public TaskResponse claim(@PathParam("id") String id) {
    return inbox.claim(id);
  }

  @POST
  @Path("{id}/unclaim")
  public TaskResponse unclaim(@PathParam("id") String id) {
    return inbox.unclaim(id);
  }
}
