package org.modelgate.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Every successful PUT answers with the ETag of the state it left (RFC 9110 §9.3.4). Resources with
 * a row version set it themselves (a model's ETag is its version); for the others the tag is strong
 * and derived from the representation returned, so it changes whenever that does.
 */
@Provider
public class PutEntityTags implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"PUT".equals(request.getMethod())
        || response.getStatus() < 200
        || response.getStatus() >= 300
        || !response.hasEntity()
        || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      return;
    }
    String json = JsonbSettings.jsonb().toJson(response.getEntity());
    response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(digest(json)));
  }

  private static String digest(String json) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
