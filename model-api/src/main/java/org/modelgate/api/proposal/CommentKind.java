package org.modelgate.api.proposal;

import org.modelgate.api.common.Labels;

/**
 * What a comment written with an action is: the reason of a withdrawal, or the screening's comment
 * with its outcome. A plain comment has no kind.
 */
public enum CommentKind {
  WITHDRAWAL,
  SCREENING_ACCEPTED,
  SCREENING_RETURNED,
  SCREENING_REJECTED;

  /** The kind of the comment written with a screening of this outcome. */
  public static CommentKind of(ScreeningOutcome outcome) {
    return switch (outcome) {
      case ACCEPT -> SCREENING_ACCEPTED;
      case RETURN -> SCREENING_RETURNED;
      case REJECT -> SCREENING_REJECTED;
    };
  }

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
