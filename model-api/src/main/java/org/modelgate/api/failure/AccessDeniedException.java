package org.modelgate.api.failure;

/** The caller may not do this: missing role, outside their unit, or segregation of duties. */
public class AccessDeniedException extends ModelGateException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
