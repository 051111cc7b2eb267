package org.modelgate.api.clue;

import java.util.Set;
import org.modelgate.api.common.Labels;

/**
 * Where a clue stands (DESIGN §4). Each status can only be reached from the one before it; an
 * invalid clue ends there.
 */
public enum ClueStatus {
  NEW,
  VERIFIED_VALID,
  VERIFIED_INVALID,
  CASE_FORMED,
  DOCUMENT_ISSUED,
  ADOPTED;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }

  /** The statuses this one may move to. */
  public Set<ClueStatus> next() {
    return switch (this) {
      case NEW -> Set.of(VERIFIED_VALID, VERIFIED_INVALID);
      case VERIFIED_VALID -> Set.of(CASE_FORMED);
      case CASE_FORMED -> Set.of(DOCUMENT_ISSUED);
      case DOCUMENT_ISSUED -> Set.of(ADOPTED);
      case VERIFIED_INVALID, ADOPTED -> Set.of();
    };
  }
}
