package org.modelgate.api.failure;

/**
 * Root of the business failures. Unchecked, so that a container-managed transaction rolls back when
 * one escapes a service.
 */
public abstract class ModelGateException extends RuntimeException {

  protected ModelGateException(String message) {
    super(message);
  }
}
