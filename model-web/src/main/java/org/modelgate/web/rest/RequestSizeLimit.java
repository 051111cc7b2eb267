package org.modelgate.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.modelgate.web.problem.PayloadTooLargeException;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;

/**
 * JSON bodies are limited to 1 MiB: refused up front when the length is declared, and cut off while
 * reading when it is not (chunked).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  static final long MAX_BODY_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BODY_BYTES) {
      request.abortWith(
          Problem.of(
                  ProblemType.PAYLOAD_TOO_LARGE,
                  new PayloadTooLargeException(MAX_BODY_BYTES).getMessage())
              .toResponse());
      return;
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), MAX_BODY_BYTES));
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
