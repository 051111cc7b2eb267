package org.modelgate.api.failure;

/**
 * The action does not fit where the model stands (e.g. {@code model.not-withdrawable} with the
 * stage), or another user changed the same thing first.
 */
public class LifecycleViolationException extends ModelGateException {

  /**
   * @param code the stable code
   * @param keysAndValues the arguments as name, value, name, value, …
   */
  public LifecycleViolationException(String code, Object... keysAndValues) {
    super(code, keysAndValues);
  }
}
