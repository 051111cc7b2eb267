package org.modelgate.api.forum;

/** Why a reviewer does not review a model on the agenda. */
public enum ExclusionKind {
  SAME_UNIT("与建模人同一单位，自动回避"),
  CO_CREATOR("系模型共同建模人，自动回避"),
  ABSTAINED("本人声明回避");

  private final String label;

  ExclusionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
