package org.modelgate.api.failure;

/**
 * The action does not fit where the model stands, e.g. "监督模型 42 当前阶段为 SCREENING，不能提交". Also raised
 * when another user changed the same thing first.
 */
public class LifecycleViolationException extends ModelGateException {

  public LifecycleViolationException(String message) {
    super(message);
  }
}
