package org.modelgate.api.clue;

import org.modelgate.api.common.Labels;

/** The maintained list of reasons why a clue proved invalid. */
public enum InvalidReason {
  DATA_ERROR,
  ALREADY_HANDLED,
  NOT_ILLEGAL,
  OUT_OF_SCOPE,
  DUPLICATE,
  OTHER;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
