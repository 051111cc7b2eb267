package org.modelgate.web.idempotency;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the body of a response in memory until the transaction it reports on has committed. Status
 * and headers go to the real response, which stays uncommitted so it can still be reset.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private ServletOutputStream stream;
  private PrintWriter writer;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
              body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("buffered response");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(body, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    // held back until the transaction has committed
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void setContentLength(int length) {
    // set when the body is written out
  }

  @Override
  public void setContentLengthLong(long length) {
    // set when the body is written out
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  /** Sends the held body through the real response. */
  void release() throws IOException {
    byte[] bytes = body();
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
