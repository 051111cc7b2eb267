package org.modelgate.api.proposal;

import org.modelgate.api.common.Labels;

/**
 * Where a supervision model stands (DESIGN §4). It follows the lifecycle process and is never
 * edited directly.
 */
public enum Stage {
  DRAFT,
  SCREENING,
  REVISION,
  AWAITING_FORUM,
  FORUM_REVIEW,
  PILOT_PLANNING,
  PILOT,
  EVALUATION,
  ADOPTION,
  ADOPTED,
  ON_HOLD,
  REJECTED,
  WITHDRAWN,
  RETIRED;

  /** The stage's name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
