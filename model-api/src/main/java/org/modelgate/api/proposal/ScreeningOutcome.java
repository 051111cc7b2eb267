package org.modelgate.api.proposal;

import org.modelgate.api.common.Labels;

/** The three outcomes of screening a proposal (初审). */
public enum ScreeningOutcome {
  ACCEPT,
  RETURN,
  REJECT;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
