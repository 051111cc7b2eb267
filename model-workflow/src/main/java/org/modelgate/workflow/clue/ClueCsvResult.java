package org.modelgate.workflow.clue;

import java.util.List;
import java.util.Map;
import org.modelgate.api.clue.ClueFileError;

/**
 * The outcome of parsing a clue CSV: either rows to import or the errors, never both. A file is
 * imported whole or not at all, so a file with one bad row yields no rows; the count of records
 * read says how large the file was.
 *
 * @param records data records read (the header not counted), good or bad
 * @param rows every row of the file, in file order, when there are no errors; otherwise empty
 * @param errors every problem found, in file order; empty when the file can be imported
 * @param references every clue number read, with the line it first appears on, also when the file
 *     has errors, so that the caller can report numbers imported before in the same report
 */
public record ClueCsvResult(
    int records, List<ClueRow> rows, List<ClueFileError> errors, Map<String, Integer> references) {

  public ClueCsvResult(int records, List<ClueRow> rows, List<ClueFileError> errors) {
    this(records, rows, errors, Map.of());
  }

  public ClueCsvResult {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
    references = Map.copyOf(references);
    if (!errors.isEmpty() && !rows.isEmpty()) {
      throw new IllegalArgumentException(
          "a clue CSV with " + errors.size() + " errors must not yield rows, got " + rows.size());
    }
  }

  /** Whether the file has no errors and its rows may be imported. */
  public boolean importable() {
    return errors.isEmpty();
  }
}
