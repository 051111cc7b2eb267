package org.modelgate.api.decision;

/** The presiding leader's ruling on a model after the forum. */
public enum ForumRuling {
  GO("通过，进入试点"),
  CONDITIONAL_GO("附条件通过"),
  RECYCLE("修改后重新论证"),
  HOLD("暂缓（审慎使用）"),
  KILL("不予采纳");

  private final String label;

  ForumRuling(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
