package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.security.CreateTokenRequest;
import org.modelgate.api.security.CreatedTokenResponse;
import org.modelgate.api.security.TokenResponse;
import org.modelgate.api.security.TokenService;
import org.modelgate.web.security.ModelGateAuthenticationMechanism;

/**
 * The caller's own personal access tokens. A token cannot create another: a leaked token must not
 * be able to outlive its own revocation.
 */
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject TokenService tokens;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  @GET
  public List<TokenResponse> myTokens() {
    return tokens.myTokens();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = CreatedTokenResponse.class, responseCode = "201")
  public Response createToken(CreateTokenRequest body) {
    if ("token".equals(request.getAttribute(ModelGateAuthenticationMechanism.AUTHENTICATED_BY))) {
      throw new AccessDeniedException("token.created-by-token");
    }
    CreatedTokenResponse created = tokens.createToken(body);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  public TokenResponse revokeMyToken(@PathParam("id") long id) {
    return tokens.revokeMyToken(id);
  }
}
