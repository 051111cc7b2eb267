package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.proposal.AttachmentContent;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.web.input.InputRules;

/** A model's attachments: upload (the creators), list and download (whoever may see the model). */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

  @Inject AttachmentService attachments;

  @GET
  @Path("{id}/attachments")
  public List<AttachmentResponse> attachments(@PathParam("id") long id) {
    return attachments.attachments(id);
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @APIResponseSchema(value = AttachmentResponse.class, responseCode = "201")
  public Response addAttachment(@PathParam("id") long id, @FormParam("file") EntityPart file)
      throws IOException {
    Optional<String> fileName = file == null ? Optional.empty() : FileNames.of(file);
    if (fileName.isEmpty()) {
      throw InvalidInputException.of("file", "NotNull", "attachment.file-missing");
    }
    // a file name is a name: no control characters, no bidi override ("rechnung\u202Efdp.exe")
    InputRules.text("file", fileName.get(), false)
        .ifPresent(
            violation -> {
              throw new InvalidInputException(List.of(violation));
            });
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readAllBytes();
    }
    String contentType = file.getMediaType() == null ? null : file.getMediaType().toString();
    AttachmentResponse created =
        attachments.addAttachment(id, fileName.get(), contentType, content);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    AttachmentContent content = attachments.attachmentContent(id, attachmentId);
    return Response.ok(content.content(), content.contentType())
        .header("Content-Disposition", FileNames.attachment(content.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
