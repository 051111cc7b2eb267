package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.LibraryEntryResponse;

/** The city model library. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

  @Inject AdoptionService adoption;

  @GET
  public List<LibraryEntryResponse> library() {
    return adoption.library();
  }
}
