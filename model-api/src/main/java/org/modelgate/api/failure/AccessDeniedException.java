package org.modelgate.api.failure;

/** The caller may not do this: missing role, outside their unit, or segregation of duties. */
public class AccessDeniedException extends ModelGateException {

  /**
   * @param code the stable code
   * @param keysAndValues the arguments as name, value, name, value, …
   */
  public AccessDeniedException(String code, Object... keysAndValues) {
    super(code, keysAndValues);
  }
}
