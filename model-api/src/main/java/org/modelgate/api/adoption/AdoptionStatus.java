package org.modelgate.api.adoption;

import java.util.Set;

/** A unit's progress with an adopted model (DESIGN §4), or why it does not apply there. */
public enum AdoptionStatus {
  ASSIGNED("已部署"),
  DATA_READY("数据已就绪"),
  RUNNING("已运行"),
  FIRST_CLUE("已产出线索"),
  FIRST_CASE("已办理案件"),
  NOT_APPLICABLE("不适用");

  private final String label;

  AdoptionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to; NOT_APPLICABLE is possible until the model runs. */
  public Set<AdoptionStatus> next() {
    return switch (this) {
      case ASSIGNED -> Set.of(DATA_READY, NOT_APPLICABLE);
      case DATA_READY -> Set.of(RUNNING, NOT_APPLICABLE);
      case RUNNING -> Set.of(FIRST_CLUE);
      case FIRST_CLUE -> Set.of(FIRST_CASE);
      case FIRST_CASE, NOT_APPLICABLE -> Set.of();
    };
  }

  /** Whether the unit is done with the adoption task: the model runs there, or does not apply. */
  public boolean settled() {
    return this != ASSIGNED && this != DATA_READY;
  }
}
