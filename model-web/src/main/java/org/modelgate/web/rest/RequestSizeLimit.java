package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.modelgate.web.problem.PayloadTooLargeException;
import org.modelgate.workflow.engine.LifecycleSettings;

/**
 * JSON bodies are limited to 1 MiB, uploads (multipart) to the attachment limit plus room for the
 * form's framing, clue lists (CSV) to 32 MiB: refused up front when the length is declared, and cut
 * off while reading when it is not (chunked).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  static final long MAX_BODY_BYTES = 1024 * 1024;

  /** A clue list of 100,000 rows with long summaries fits. */
  public static final long MAX_CSV_BYTES = 32L * 1024 * 1024;

  private static final long MULTIPART_FRAMING_BYTES = 64 * 1024;

  @Inject LifecycleSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean upload =
        request.getMediaType() != null
            && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    boolean csv =
        request.getMediaType() != null
            && "csv".equalsIgnoreCase(request.getMediaType().getSubtype());
    long limit =
        upload
            ? settings.attachmentMaxBytes() + MULTIPART_FRAMING_BYTES
            : csv ? MAX_CSV_BYTES : MAX_BODY_BYTES;
    if (request.getLength() > limit) {
      request.abortWith(PayloadTooLargeException.tooLarge(limit).toResponse());
      return;
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      read += n;
      if (read > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
