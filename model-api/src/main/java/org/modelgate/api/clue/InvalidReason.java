package org.modelgate.api.clue;

/**
 * The maintained list of reasons why a clue proved invalid; named for people by {@link
 * org.modelgate.api.common.Labels}.
 */
public enum InvalidReason {
  DATA_ERROR,
  ALREADY_HANDLED,
  NOT_ILLEGAL,
  OUT_OF_SCOPE,
  DUPLICATE,
  OTHER
}
