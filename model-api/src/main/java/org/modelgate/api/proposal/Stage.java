package org.modelgate.api.proposal;

/**
 * Where a supervision model stands (DESIGN §4). It follows the lifecycle process and is never
 * edited directly.
 */
public enum Stage {
  DRAFT("草稿"),
  SCREENING("初审中"),
  REVISION("退回修改"),
  AWAITING_FORUM("待论证"),
  FORUM_REVIEW("论证中"),
  PILOT_PLANNING("待制定试点方案"),
  PILOT("试点中"),
  EVALUATION("试点评估"),
  ADOPTION("推广中"),
  ADOPTED("已推广"),
  ON_HOLD("审慎使用"),
  REJECTED("不予采纳"),
  WITHDRAWN("已撤回"),
  RETIRED("已下架");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
