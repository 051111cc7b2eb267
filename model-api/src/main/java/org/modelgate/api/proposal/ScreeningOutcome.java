package org.modelgate.api.proposal;

/** The three outcomes of screening a proposal (初审). */
public enum ScreeningOutcome {
  ACCEPT("通过初审，待安排论证"),
  RETURN("退回修改"),
  REJECT("不予采纳");

  private final String label;

  ScreeningOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
