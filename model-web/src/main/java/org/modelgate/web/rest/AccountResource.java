package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.organisation.UnitResponse;

/** Who am I, and the organisation's reference lists. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject OrganisationService organisation;

  @GET
  @Path("me")
  @Operation(summary = "当前登录用户：账号、姓名、单位、角色")
  public AccountResponse me() {
    return organisation.currentAccount();
  }

  @GET
  @Path("units")
  @Operation(summary = "全部单位（市院、各部门、基层院）")
  public List<UnitResponse> units() {
    return organisation.units();
  }

  @GET
  @Path("supervision-points")
  @Operation(summary = "监督点分类（启用中的）")
  public List<SupervisionPointResponse> supervisionPoints() {
    return organisation.supervisionPoints();
  }
}
