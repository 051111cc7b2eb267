package org.modelgate.web.problem;

import java.io.IOException;

/** A request body over the limit, found while reading it. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limitBytes) {
    super("请求内容超过上限 " + (limitBytes / 1024) + " KiB");
  }
}
