package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.common.Labels;
import org.modelgate.api.forum.AgendaRequest;
import org.modelgate.api.forum.CreateForumRequest;
import org.modelgate.api.forum.ForumResponse;
import org.modelgate.api.forum.ForumService;
import org.modelgate.api.review.ReviewService;
import org.modelgate.web.problem.ProblemTexts;

/** Forums (论证会): scheduling, agenda, minutes. */
@Path("forums")
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

  @Inject ForumService forums;
  @Inject ReviewService reviews;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = ForumResponse.class, responseCode = "201")
  public Response createForum(CreateForumRequest request, @Context UriInfo uri) {
    ForumResponse forum = forums.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(forum.id())).build())
        .entity(forum)
        .build();
  }

  @GET
  public List<ForumResponse> forums() {
    return forums.list();
  }

  @GET
  @Path("{id}")
  public ForumResponse forum(@PathParam("id") long id) {
    return forums.find(id);
  }

  @POST
  @Path("{id}/agenda")
  @Consumes(MediaType.APPLICATION_JSON)
  public ForumResponse addToAgenda(@PathParam("id") long id, AgendaRequest request) {
    return forums.addToAgenda(id, request);
  }

  @DELETE
  @Path("{id}/agenda/{modelId}")
  public ForumResponse removeFromAgenda(
      @PathParam("id") long id, @PathParam("modelId") long modelId) {
    return forums.removeFromAgenda(id, modelId);
  }

  @GET
  @Path("{id}/minutes")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String minutes(
      @PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Locale locale =
        "en".equals(lang)
            ? Locale.ENGLISH
            : "zh".equals(lang)
                ? Labels.DEFAULT
                : ProblemTexts.locale(headers.getAcceptableLanguages());
    return MinutesHtml.write(reviews.minutes(id), locale);
  }
}
