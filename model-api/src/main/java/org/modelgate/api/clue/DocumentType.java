package org.modelgate.api.clue;

/**
 * The procuratorial documents a clue may lead to; named for people by {@link
 * org.modelgate.api.common.Labels}.
 */
public enum DocumentType {
  PROTEST,
  RETRIAL_RECOMMENDATION,
  PROCURATORIAL_RECOMMENDATION,
  CORRECTION_NOTICE,
  PUBLIC_INTEREST_SUIT,
  OTHER
}
