package org.modelgate.api.clue;

import java.util.Set;

/**
 * Where a clue stands (DESIGN §4). Each status can only be reached from the one before it; an
 * invalid clue ends there.
 */
public enum ClueStatus {
  NEW("新线索"),
  VERIFIED_VALID("核查属实"),
  VERIFIED_INVALID("核查不实"),
  CASE_FORMED("已立案"),
  DOCUMENT_ISSUED("已制发文书"),
  ADOPTED("已被采纳");

  private final String label;

  ClueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
