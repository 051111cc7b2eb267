package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.notice.NoticeResponse;
import org.modelgate.api.notice.NoticeService;
import org.modelgate.api.notice.NoticeTexts;

/** The caller's notices, rendered in the language the request accepts (Chinese by default). */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

  static final String BUNDLE = "org.modelgate.web.ui.messages";

  @Inject NoticeService notices;
  @Context HttpHeaders headers;

  @GET
  public PageResponse<NoticeResponse> mine(
      @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    PageResponse<NoticeResponse> mine = notices.mine(unreadOnly, page, size);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
    return new PageResponse<>(
        mine.items().stream()
            .map(n -> n.withText(NoticeTexts.render(bundle, n.code(), n.arguments())))
            .toList(),
        mine.page(),
        mine.size(),
        mine.total());
  }

  @POST
  @Path("{id}/read")
  @APIResponse(responseCode = "204")
  public Response markRead(@PathParam("id") long id) {
    notices.markRead(id);
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @APIResponse(responseCode = "204")
  public Response markAllRead() {
    notices.markAllRead();
    return Response.noContent().build();
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().stream()
            .filter(language -> language.getLanguage().equals("en"))
            .findFirst()
            .isPresent()
        ? Locale.ENGLISH
        : Locale.ROOT;
  }
}
