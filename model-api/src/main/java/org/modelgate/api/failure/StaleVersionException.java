package org.modelgate.api.failure;

/** An edit based on a version that someone else has replaced meanwhile (HTTP 412). */
public class StaleVersionException extends ModelGateException {

  public StaleVersionException(String message) {
    super(message);
  }
}
