package org.modelgate.api.clue;

import java.util.List;
import org.modelgate.api.failure.InvalidInputException;

/**
 * A clue file refused whole, with every problem found in it: the file's own (syntax, header,
 * values, clue numbers twice) and its clue numbers the model already has, in line order. Answered
 * as any invalid input (400), each problem a field error {@code lines[<line>].<COLUMN>}.
 */
public class ClueFileRefusedException extends InvalidInputException {

  private final transient List<ClueFileError> errors;

  public ClueFileRefusedException(List<ClueFileError> errors) {
    super(errors.stream().map(ClueFileError::violation).toList());
    this.errors = List.copyOf(errors);
  }

  /** The problems, in line order. */
  public List<ClueFileError> errors() {
    return errors;
  }
}
