package org.modelgate.api.decision;

import org.modelgate.api.common.Labels;

/** The leader's decision after the pilot (DESIGN §4). */
public enum PilotDecision {
  ADOPT,
  EXTEND,
  RECYCLE,
  HOLD;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
