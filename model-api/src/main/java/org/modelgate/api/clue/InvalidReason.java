package org.modelgate.api.clue;

/** The maintained list of reasons why a clue proved invalid. */
public enum InvalidReason {
  DATA_ERROR("数据错误或不完整"),
  ALREADY_HANDLED("已依法处理"),
  NOT_ILLEGAL("不构成违法"),
  OUT_OF_SCOPE("不属于监督范围"),
  DUPLICATE("重复线索"),
  OTHER("其他");

  private final String label;

  InvalidReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
