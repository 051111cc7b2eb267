package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.modelgate.api.clue.ClueChangeRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;

/** A clue's next step. The model's clues and funnel are under {@code /api/models/{id}}. */
@Path("clues")
@Produces(MediaType.APPLICATION_JSON)
public class ClueResource {

  @Inject ClueService clues;

  @PATCH
  @Path("{clueId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ClueResponse change(@PathParam("clueId") long clueId, ClueChangeRequest request) {
    return clues.change(clueId, request);
  }

  @GET
  @Path("{clueId}/id-number")
  public IdNumberResponse idNumber(@PathParam("clueId") long clueId) {
    return new IdNumberResponse(clueId, clues.revealIdNumber(clueId));
  }

  /** A clue's full identity number, revealed on request. */
  public record IdNumberResponse(long clueId, String idNumber) {}
}
