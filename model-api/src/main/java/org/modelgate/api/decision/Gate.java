package org.modelgate.api.decision;

/** The gates at which a leader decides. */
public enum Gate {
  FORUM_RULING,
  PILOT_DECISION
}
