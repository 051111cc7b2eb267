package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.LibraryEntryResponse;

/** The city model library. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

  @Inject AdoptionService adoption;

  @GET
  @Operation(summary = "全市模型库：已列入的模型、版本、线索漏斗合计与推广覆盖率")
  public List<LibraryEntryResponse> library() {
    return adoption.library();
  }
}
