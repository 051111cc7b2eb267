package org.modelgate.api.notice;

import java.time.Instant;
import java.util.List;

/**
 * One notice as its reader sees it.
 *
 * @param id the notice
 * @param code what happened, e.g. {@code TASK_OFFERED}; the text is the bundle's {@code
 *     notice.<code>} with the arguments
 * @param arguments the texts filled into the message, in order
 * @param modelId the model it is about, if any
 * @param modelTitle that model's title, if any
 * @param createdAt when it was raised
 * @param read whether this reader has read it
 * @param text the notice rendered in the caller's language
 */
public record NoticeResponse(
    long id,
    String code,
    List<String> arguments,
    Long modelId,
    String modelTitle,
    Instant createdAt,
    boolean read,
    String text) {

  /** The same notice with its text rendered. */
  public NoticeResponse withText(String rendered) {
    return new NoticeResponse(id, code, arguments, modelId, modelTitle, createdAt, read, rendered);
  }
}
