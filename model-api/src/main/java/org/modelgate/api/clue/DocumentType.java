package org.modelgate.api.clue;

import org.modelgate.api.common.Labels;

/** The procuratorial documents a clue may lead to. */
public enum DocumentType {
  PROTEST,
  RETRIAL_RECOMMENDATION,
  PROCURATORIAL_RECOMMENDATION,
  CORRECTION_NOTICE,
  PUBLIC_INTEREST_SUIT,
  OTHER;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
