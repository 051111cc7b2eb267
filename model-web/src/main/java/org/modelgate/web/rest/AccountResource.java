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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.GuestReviewerRequest;
import org.modelgate.api.organisation.GuestReviewerResponse;
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
  public AccountResponse me() {
    return organisation.currentAccount();
  }

  @POST
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204")
  public Response changePassword(PasswordChangeRequest request) {
    organisation.changeOwnPassword(request);
    return Response.noContent().build();
  }

  @GET
  @Path("pilot-defaults")
  public PilotDefaultsResponse pilotDefaults() {
    return organisation.pilotDefaults();
  }

  @GET
  @Path("units")
  public List<UnitResponse> units() {
    return organisation.units();
  }

  @GET
  @Path("reviewers")
  public List<UserRef> reviewers() {
    return organisation.reviewers();
  }

  @POST
  @Path("reviewers/guests")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = GuestReviewerResponse.class, responseCode = "201")
  public Response createGuestReviewer(GuestReviewerRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(organisation.createGuestReviewer(request))
        .build();
  }

  @GET
  @Path("supervision-points")
  public List<SupervisionPointResponse> supervisionPoints() {
    return organisation.supervisionPoints();
  }
}
