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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.security.TokenResponse;
import org.modelgate.api.security.TokenService;

/** Every user's personal access tokens, for system administrators (the service checks). */
@Path("admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTokenResource {

  @Inject TokenService tokens;

  @GET
  @Operation(summary = "全部个人访问令牌，或按 user（用户 id）查看某用户的令牌（系统管理员）")
  public List<TokenResponse> tokens(@QueryParam("user") Long userId) {
    return tokens.tokens(userId);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "吊销任一用户的令牌（系统管理员）")
  public TokenResponse revoke(@PathParam("id") long id) {
    return tokens.revokeToken(id);
  }
}
