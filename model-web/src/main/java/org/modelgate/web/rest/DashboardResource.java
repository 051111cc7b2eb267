package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.dashboard.DashboardResponse;
import org.modelgate.api.dashboard.DashboardService;

/** The caller's dashboard. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject DashboardService dashboard;

  @GET
  @Operation(summary = "工作台：各阶段/单位/条线的模型数、线索漏斗合计、逾期待办、近期论证会、推广覆盖率")
  public DashboardResponse dashboard() {
    return dashboard.dashboard();
  }
}
