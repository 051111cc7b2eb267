package org.modelgate.api.clue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;

/**
 * One problem of a clue file, as data: where it is ({@code line}, {@code column}) and what is wrong
 * ({@code rule}, {@code code}, {@code args}). People read it worded from {@code code} and {@code
 * args} in their language (the problems bundle); nothing reads the wording.
 *
 * @param line the 1-based line of the file where the record starts (the header is line 1); for a
 *     problem of the whole file, the line where it shows
 * @param column the column, or {@code null} for a record that cannot be read as a row or a problem
 *     of the whole file
 * @param rule a stable token naming the broken rule, one of the constants below
 * @param code the stable code of the problem, e.g. {@code clue.duplicate-ref}
 * @param args the code's named arguments, {@code line} and (if any) {@code column} first
 */
public record ClueFileError(
    int line, ClueColumn column, String rule, String code, Map<String, Object> args) {

  // Values

  public static final String REQUIRED = "Required";
  public static final String MAX_LENGTH = "MaxLength";
  public static final String PATTERN = "Pattern";
  public static final String UNKNOWN_UNIT = "UnknownUnit";

  /** A clue number twice in the file. */
  public static final String DUPLICATE = "Duplicate";

  /** A clue number the model already has. */
  public static final String ALREADY_IMPORTED = "AlreadyImported";

  public static final String DATE = "Date";

  /** Discovered after the day of the upload. */
  public static final String FUTURE_DATE = "FutureDate";

  /** Discovered before the pilot's start less the plan's look-back. */
  public static final String DATE_BEFORE_WINDOW = "DateBeforeWindow";

  /** A control character (NUL, other C0/C1) or a bidirectional control in a cell. */
  public static final String CONTROL_CHARACTER = "ControlCharacter";

  public static final String AMOUNT = "Amount";

  // Records

  /** The record has more or fewer fields than the header. */
  public static final String COLUMN_COUNT = "ColumnCount";

  /** A quoted field is not closed, or text follows its closing quote. */
  public static final String QUOTE = "Quote";

  // The whole file

  /** No header, or a header and no data rows. */
  public static final String EMPTY = "Empty";

  public static final String MISSING_COLUMN = "MissingColumn";
  public static final String UNKNOWN_COLUMN = "UnknownColumn";
  public static final String DUPLICATE_COLUMN = "DuplicateColumn";

  /** The file is not UTF-8 (often GBK, as Excel saves CSV on Chinese Windows). */
  public static final String ENCODING = "Encoding";

  /** More data rows than an import accepts; reading stopped there. */
  public static final String MAX_ROWS = "MaxRows";

  public ClueFileError {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /**
   * A problem with its code's arguments as name, value, name, value, …; {@code line} and {@code
   * column} are added in front.
   */
  public static ClueFileError of(
      int line, ClueColumn column, String rule, String code, Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("line", line);
    if (column != null) {
      args.put("column", column);
    }
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new ClueFileError(line, column, rule, code, args);
  }

  /** Where the problem is as a field path: {@code lines[3].PARTY}, or {@code lines[3]}. */
  public String field() {
    return "lines[" + line + "]" + (column == null ? "" : "." + column.name());
  }

  /** The problem as an input rule broken, for the problem+json {@code errors}. */
  public FieldViolation violation() {
    return new FieldViolation(field(), rule, null, code, null, args);
  }
}
