package org.modelgate.workflow.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails on the first malformed byte, but only after handing out every character
 * before it, so the caller knows the line of the bad byte. {@link java.io.InputStreamReader} with a
 * reporting decoder throws as soon as its buffer holds the bad byte, dropping the characters
 * decoded before it in the same call.
 */
public final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private CoderResult error;
  private boolean endOfInput;
  private boolean flushed;

  public StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  /**
   * @throws MalformedInputException once every character before the first bad byte was read
   */
  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (flushed) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      if (error != null) {
        if (out.position() > offset) {
          return out.position() - offset;
        }
        error.throwException();
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        error = result;
      } else if (result.isOverflow()) {
        return out.position() - offset;
      } else if (endOfInput) {
        decoder.flush(out); // nothing for UTF-8; ends the decoder, which must not decode again
        flushed = true;
        int read = out.position() - offset;
        return read == 0 ? -1 : read;
      } else if (out.position() > offset) {
        return out.position() - offset;
      } else {
        fill();
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** Does not close the stream, which belongs to the caller. */
  @Override
  public void close() {}
}
