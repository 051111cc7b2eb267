package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.modelgate.api.dashboard.DashboardResponse;
import org.modelgate.api.dashboard.DashboardService;

/** The caller's dashboard. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject DashboardService dashboard;

  @GET
  public DashboardResponse dashboard() {
    return dashboard.dashboard();
  }
}
