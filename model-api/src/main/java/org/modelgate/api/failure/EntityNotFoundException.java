package org.modelgate.api.failure;

/**
 * The request names something that does not exist: code {@code <kind>.not-found} (e.g. {@code
 * model.not-found}) with the argument {@code id}.
 */
public class EntityNotFoundException extends ModelGateException {

  /**
   * @param kind what was asked for, as a code word: {@code model}, {@code task}, {@code forum}, …
   * @param id the identifier it was asked by
   */
  public EntityNotFoundException(String kind, Object id) {
    super(kindCode(kind) + ".not-found", "id", id);
  }

  /** Transitional: callers still passing a Chinese label get the generic {@code entity}. */
  private static String kindCode(String kind) {
    return kind.matches("[a-z][a-z0-9-]*") ? kind : "entity";
  }
}
