package org.modelgate.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding for the API: a field the request record does not have is an error, not silently
 * dropped, so a misspelt field never goes unnoticed.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  /** Yasson's switch, set by name so that no implementation class is imported. */
  private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  /** The API's JSON-B, also for the strict reader that binds checked bodies. */
  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
