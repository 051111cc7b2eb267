package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.GuestReviewerRequest;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.PasswordChangeRequest;
import org.modelgate.api.organisation.PilotDefaultsResponse;
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

  @POST
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改本人密码：须提供当前密码；新密码至少 12 个字符，不能与最近 5 次的密码相同（须修改密码时唯一可用的操作）")
  public Response changePassword(PasswordChangeRequest request) {
    organisation.changeOwnPassword(request);
    return Response.noContent().build();
  }

  @GET
  @Path("pilot-defaults")
  @Operation(summary = "新试点方案的默认阈值：最低有效率、最少立案数、判断所需线索数")
  public PilotDefaultsResponse pilotDefaults() {
    return organisation.pilotDefaults();
  }

  @GET
  @Path("units")
  @Operation(summary = "全部单位（市院、各部门、基层院）")
  public List<UnitResponse> units() {
    return organisation.units();
  }

  @GET
  @Path("reviewers")
  @Operation(summary = "可邀请的评审专家（含有效期内的特邀专家）")
  public List<UserRef> reviewers() {
    return organisation.reviewers();
  }

  @POST
  @Path("reviewers/guests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "为外单位特邀专家创建有期限的评审账号，初始密码只显示一次（数字检察办公室）")
  public Response createGuestReviewer(GuestReviewerRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(organisation.createGuestReviewer(request))
        .build();
  }

  @GET
  @Path("supervision-points")
  @Operation(summary = "监督点分类（启用中的）")
  public List<SupervisionPointResponse> supervisionPoints() {
    return organisation.supervisionPoints();
  }
}
