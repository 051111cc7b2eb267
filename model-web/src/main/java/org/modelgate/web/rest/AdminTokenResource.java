package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.modelgate.api.security.TokenResponse;
import org.modelgate.api.security.TokenService;

/** Every user's personal access tokens, for system administrators (the service checks). */
@Path("admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTokenResource {

  @Inject TokenService tokens;

  @GET
  public List<TokenResponse> tokens(@QueryParam("user") Long userId) {
    return tokens.tokens(userId);
  }

  @DELETE
  @Path("{id}")
  public TokenResponse revokeAnyToken(@PathParam("id") long id) {
    return tokens.revokeToken(id);
  }
}
