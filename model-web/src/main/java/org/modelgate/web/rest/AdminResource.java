package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.administration.AdministrationService;
import org.modelgate.api.administration.ChangeUserRequest;
import org.modelgate.api.administration.CreateUserRequest;
import org.modelgate.api.administration.PasswordResetRequest;
import org.modelgate.api.administration.PilotDefaultsRequest;
import org.modelgate.api.administration.ReferenceImportResponse;
import org.modelgate.api.administration.SupervisionPointOverviewResponse;
import org.modelgate.api.administration.SupervisionPointRequest;
import org.modelgate.api.administration.UnitOverviewResponse;
import org.modelgate.api.administration.UnitRequest;
import org.modelgate.api.administration.UserCredentialResponse;
import org.modelgate.api.administration.UserResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.organisation.PilotDefaultsResponse;

/**
 * Users, units, supervision points, pilot defaults and reference data imports (system
 * administrators only; the service checks).
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

  @Inject AdministrationService administration;
  @Context UriInfo uri;

  @GET
  @Path("users")
  @Operation(summary = "用户列表（按账号、姓名或单位名称查询，分页）（系统管理员）")
  public PageResponse<UserResponse> users(
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return administration.users(query, page, size);
  }

  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建用户：账号、姓名、单位、角色、有效期；未给密码时生成初始密码，只显示一次（系统管理员）")
  public Response createUser(CreateUserRequest request) {
    UserCredentialResponse created = administration.createUser(request);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.user().id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("users/{id}")
  @Operation(summary = "查看用户（系统管理员）")
  public UserResponse user(@PathParam("id") long id) {
    return administration.user(id);
  }

  @PUT
  @Path("users/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改用户的姓名、单位、角色和有效期（系统管理员）")
  public UserResponse changeUser(@PathParam("id") long id, ChangeUserRequest request) {
    return administration.changeUser(id, request);
  }

  @POST
  @Path("users/{id}/disable")
  @Operation(summary = "停用用户，此后不能登录（系统管理员，不能停用本人）")
  public UserResponse disableUser(@PathParam("id") long id) {
    return administration.disableUser(id);
  }

  @POST
  @Path("users/{id}/enable")
  @Operation(summary = "重新启用用户（系统管理员）")
  public UserResponse enableUser(@PathParam("id") long id) {
    return administration.enableUser(id);
  }

  @POST
  @Path("users/{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "重置密码：设定新密码，或由系统生成并只显示一次（系统管理员）")
  public UserCredentialResponse resetPassword(
      @PathParam("id") long id, PasswordResetRequest request) {
    return administration.resetPassword(id, request);
  }

  @GET
  @Path("units")
  @Operation(summary = "全部单位及其用户数（系统管理员）")
  public List<UnitOverviewResponse> units() {
    return administration.units();
  }

  @POST
  @Path("units")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建单位（系统管理员）")
  public Response createUnit(UnitRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.createUnit(request))
        .build();
  }

  @PUT
  @Path("units/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改单位名称、类型、上级单位和全市范围（代码不变）（系统管理员）")
  public UnitOverviewResponse changeUnit(@PathParam("id") long id, UnitRequest request) {
    return administration.changeUnit(id, request);
  }

  @POST
  @Path("users/{id}/password-change")
  @Operation(summary = "要求用户在下次登录时修改密码；在此之前接口答复 403 password-change-required（系统管理员）")
  public UserResponse requirePasswordChange(@PathParam("id") long id) {
    return administration.requirePasswordChange(id);
  }

  @GET
  @Path("supervision-points")
  @Operation(summary = "全部监督点（含已停用），含同质化上限和使用它的模型数（系统管理员）")
  public List<SupervisionPointOverviewResponse> supervisionPoints() {
    return administration.supervisionPoints();
  }

  @POST
  @Path("supervision-points")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建监督点：代码、中英文名称、业务条线、同质化上限（留空用默认值）（系统管理员）")
  public Response createSupervisionPoint(SupervisionPointRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.createSupervisionPoint(request))
        .build();
  }

  @PUT
  @Path("supervision-points/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改监督点名称、业务条线和同质化上限（代码不变）（系统管理员）")
  public SupervisionPointOverviewResponse changeSupervisionPoint(
      @PathParam("id") long id, SupervisionPointRequest request) {
    return administration.changeSupervisionPoint(id, request);
  }

  @DELETE
  @Path("supervision-points/{id}")
  @Operation(summary = "删除未被任何模型使用的监督点；已被使用的答复 409，请改为停用（系统管理员）")
  public Response deleteSupervisionPoint(@PathParam("id") long id) {
    administration.deleteSupervisionPoint(id);
    return Response.noContent().build();
  }

  @POST
  @Path("supervision-points/{id}/deactivate")
  @Operation(summary = "停用监督点：新提案不能再选它，已有模型保留（系统管理员）")
  public SupervisionPointOverviewResponse deactivateSupervisionPoint(@PathParam("id") long id) {
    return administration.deactivateSupervisionPoint(id);
  }

  @POST
  @Path("supervision-points/{id}/activate")
  @Operation(summary = "重新启用监督点（系统管理员）")
  public SupervisionPointOverviewResponse activateSupervisionPoint(@PathParam("id") long id) {
    return administration.activateSupervisionPoint(id);
  }

  @PUT
  @Path("pilot-defaults")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "设定新试点方案的默认阈值（系统管理员）")
  public PilotDefaultsResponse changePilotDefaults(PilotDefaultsRequest request) {
    return administration.changePilotDefaults(request);
  }

  @POST
  @Path("reference/units")
  @Operation(
      summary =
          "从 CSV（UTF-8，表头 code,name,name_en,kind,parent_code,city_wide）导入单位：全部成功或全部不写，逐行指出错误（系统管理员）")
  public ReferenceImportResponse importUnits(byte[] csv) {
    return administration.importUnits(csv);
  }

  @POST
  @Path("reference/supervision-points")
  @Operation(
      summary =
          "从 CSV（UTF-8，表头 code,name,name_en,business_line,homogeneity_cap）导入监督点：全部成功或全部不写，逐行指出错误（系统管理员）")
  public ReferenceImportResponse importSupervisionPoints(byte[] csv) {
    return administration.importSupervisionPoints(csv);
  }
}
