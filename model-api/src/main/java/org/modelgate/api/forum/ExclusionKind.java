package org.modelgate.api.forum;

import org.modelgate.api.common.Labels;

/** Why a reviewer does not review a model on the agenda. */
public enum ExclusionKind {
  SAME_UNIT,
  CO_CREATOR,
  ABSTAINED;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
