package org.modelgate.api.decision;

import org.modelgate.api.common.Labels;

/** The presiding leader's ruling on a model after the forum. */
public enum ForumRuling {
  GO,
  CONDITIONAL_GO,
  RECYCLE,
  HOLD,
  KILL;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
