package org.modelgate.api.adoption;

import java.util.Set;
import org.modelgate.api.common.Labels;

/** A unit's progress with an adopted model (DESIGN §4), or why it does not apply there. */
public enum AdoptionStatus {
  ASSIGNED,
  DATA_READY,
  RUNNING,
  FIRST_CLUE,
  FIRST_CASE,
  NOT_APPLICABLE;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
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
