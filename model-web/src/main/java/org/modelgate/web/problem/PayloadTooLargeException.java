package org.modelgate.web.problem;

import java.io.IOException;

/** A request body over the limit, found while reading it. */
public class PayloadTooLargeException extends IOException {

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("request body over the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  /** The answer: 413, code {@code input.payload-too-large} with the limit in KiB. */
  public Problem problem() {
    return tooLarge(limitBytes);
  }

  /** 413 for a body over {@code limitBytes}. */
  public static Problem tooLarge(long limitBytes) {
    return Problem.of(
        ProblemType.PAYLOAD_TOO_LARGE, "input.payload-too-large", "limitKiB", limitBytes / 1024);
  }
}
