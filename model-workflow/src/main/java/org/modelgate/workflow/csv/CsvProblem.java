package org.modelgate.workflow.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;

/**
 * One problem of an imported CSV file, as data: where it is (the line, the column), the broken rule
 * (a stable token for programs), and the code and arguments that the web layer words in the
 * reader's language. Never worded here, never parsed back.
 *
 * @param line the 1-based line of the file (the header is line 1); for the whole file, where it
 *     shows
 * @param column the column's header name, {@link #ROW} for a record that cannot be read as a row,
 *     {@link #FILE} for the whole file
 * @param rule a stable token, e.g. {@code Required}, {@code Duplicate}
 * @param code the wording's code, e.g. {@code csv.required}
 * @param args the code's named arguments
 * @param allowed the values the cell may take, for an enumerated column; null otherwise
 */
public record CsvProblem(
    int line,
    String column,
    String rule,
    String code,
    Map<String, Object> args,
    List<String> allowed) {

  public static final String FILE = "file";
  public static final String ROW = "row";

  // Rules of the file and its records, found while reading
  public static final String ENCODING = "Encoding";
  public static final String QUOTE = "Quote";
  public static final String READABLE = "Readable";
  public static final String EMPTY = "Empty";
  public static final String MAX_ROWS = "MaxRows";
  public static final String COLUMN_COUNT = "ColumnCount";
  public static final String MISSING_COLUMN = "MissingColumn";
  public static final String UNKNOWN_COLUMN = "UnknownColumn";
  public static final String DUPLICATE_COLUMN = "DuplicateColumn";

  public CsvProblem {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    allowed = allowed == null ? null : List.copyOf(allowed);
  }

  /** A problem with its code's arguments as name, value, name, value, … */
  public static CsvProblem of(
      int line, String column, String rule, String code, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new CsvProblem(line, column, rule, code, args, null);
  }

  /** The same problem with the values its column allows. */
  public CsvProblem allowing(List<String> values) {
    return new CsvProblem(line, column, rule, code, args, values);
  }

  /**
   * The problem as a broken input rule: field {@code lines[<line>].<column>} ({@code lines[<line>]}
   * for a row, {@code file} for the file), and {@code line} and {@code column} among the arguments,
   * so that nobody has to take the path apart.
   */
  public FieldViolation toViolation() {
    String field =
        switch (column) {
          case FILE -> FILE;
          case ROW -> "lines[" + line + "]";
          default -> "lines[" + line + "]." + column;
        };
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("line", line);
    all.put("column", column);
    all.putAll(args);
    return new FieldViolation(field, rule, null, code, allowed, Collections.unmodifiableMap(all));
  }

  /** Every problem as a broken input rule, in line order. */
  public static List<FieldViolation> toViolations(List<CsvProblem> problems) {
    List<CsvProblem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt(CsvProblem::line));
    return sorted.stream().map(CsvProblem::toViolation).toList();
  }
}
