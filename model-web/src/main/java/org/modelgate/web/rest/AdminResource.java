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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
  public PageResponse<UserResponse> users(
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return administration.users(query, page, size);
  }

  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = UserCredentialResponse.class, responseCode = "201")
  public Response createUser(CreateUserRequest request) {
    UserCredentialResponse created = administration.createUser(request);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.user().id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("users/{id}")
  public UserResponse user(@PathParam("id") long id) {
    return administration.user(id);
  }

  @PUT
  @Path("users/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserResponse changeUser(@PathParam("id") long id, ChangeUserRequest request) {
    return administration.changeUser(id, request);
  }

  @POST
  @Path("users/{id}/disable")
  public UserResponse disableUser(@PathParam("id") long id) {
    return administration.disableUser(id);
  }

  @POST
  @Path("users/{id}/enable")
  public UserResponse enableUser(@PathParam("id") long id) {
    return administration.enableUser(id);
  }

  @POST
  @Path("users/{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserCredentialResponse resetPassword(
      @PathParam("id") long id, PasswordResetRequest request) {
    return administration.resetPassword(id, request);
  }

  @GET
  @Path("units")
  public List<UnitOverviewResponse> unitOverviews() {
    return administration.units();
  }

  @POST
  @Path("units")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = UnitOverviewResponse.class, responseCode = "201")
  public Response createUnit(UnitRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.createUnit(request))
        .build();
  }

  @PUT
  @Path("units/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UnitOverviewResponse changeUnit(@PathParam("id") long id, UnitRequest request) {
    return administration.changeUnit(id, request);
  }

  @POST
  @Path("users/{id}/password-change")
  public UserResponse requirePasswordChange(@PathParam("id") long id) {
    return administration.requirePasswordChange(id);
  }

  @GET
  @Path("supervision-points")
  public List<SupervisionPointOverviewResponse> supervisionPointOverviews() {
    return administration.supervisionPoints();
  }

  @POST
  @Path("supervision-points")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = SupervisionPointOverviewResponse.class, responseCode = "201")
  public Response createSupervisionPoint(SupervisionPointRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.createSupervisionPoint(request))
        .build();
  }

  @PUT
  @Path("supervision-points/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SupervisionPointOverviewResponse changeSupervisionPoint(
      @PathParam("id") long id, SupervisionPointRequest request) {
    return administration.changeSupervisionPoint(id, request);
  }

  @DELETE
  @Path("supervision-points/{id}")
  @APIResponse(responseCode = "204")
  public Response deleteSupervisionPoint(@PathParam("id") long id) {
    administration.deleteSupervisionPoint(id);
    return Response.noContent().build();
  }

  @POST
  @Path("supervision-points/{id}/deactivate")
  public SupervisionPointOverviewResponse deactivateSupervisionPoint(@PathParam("id") long id) {
    return administration.deactivateSupervisionPoint(id);
  }

  @POST
  @Path("supervision-points/{id}/activate")
  public SupervisionPointOverviewResponse activateSupervisionPoint(@PathParam("id") long id) {
    return administration.activateSupervisionPoint(id);
  }

  @PUT
  @Path("pilot-defaults")
  @Consumes(MediaType.APPLICATION_JSON)
  public PilotDefaultsResponse changePilotDefaults(PilotDefaultsRequest request) {
    return administration.changePilotDefaults(request);
  }

  @POST
  @Path("reference/units")
  public ReferenceImportResponse importUnits(byte[] csv) {
    return administration.importUnits(csv);
  }

  @POST
  @Path("reference/supervision-points")
  public ReferenceImportResponse importSupervisionPoints(byte[] csv) {
    return administration.importSupervisionPoints(csv);
  }
}
