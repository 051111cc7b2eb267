package org.modelgate.api.failure;

/** An edit based on a version that someone else has replaced meanwhile (HTTP 412). */
public class StaleVersionException extends ModelGateException {

  /**
   * @param code the stable code
   * @param keysAndValues the arguments as name, value, name, value, …
   */
  public StaleVersionException(String code, Object... keysAndValues) {
    super(code, keysAndValues);
  }
}
