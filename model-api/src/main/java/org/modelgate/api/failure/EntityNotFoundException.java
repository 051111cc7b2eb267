package org.modelgate.api.failure;

/** The request names something that does not exist, e.g. "监督模型 42 不存在". */
public class EntityNotFoundException extends ModelGateException {

  public EntityNotFoundException(String entityLabel, Object id) {
    super(entityLabel + " " + id + " 不存在");
  }
}
