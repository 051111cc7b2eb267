package org.modelgate.api.decision;

/** The leader's decision after the pilot (DESIGN §4). */
public enum PilotDecision {
  ADOPT("推广：列入全市模型库"),
  EXTEND("延长试点"),
  RECYCLE("修改后重新论证"),
  HOLD("审慎使用（暂缓）");

  private final String label;

  PilotDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
