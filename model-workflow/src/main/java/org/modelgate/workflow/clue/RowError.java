package org.modelgate.workflow.clue;

/**
 * One problem in a clue CSV.
 *
 * @param line the 1-based line of the file where the record starts (the header is line 1); for a
 *     problem with the whole file, the line where it shows
 * @param field the column's header name, {@link #FIELD_ROW} for a record that cannot be read as a
 *     row, {@link #FIELD_FILE} for a problem with the whole file
 * @param rule a stable English token naming the broken rule, one of the constants below
 * @param message what is wrong, in Chinese, naming the offending value
 */
public record RowError(int line, String field, String rule, String message) {

  public static final String FIELD_FILE = "file";
  public static final String FIELD_ROW = "row";

  // Values

  public static final String REQUIRED = "Required";
  public static final String MAX_LENGTH = "MaxLength";
  public static final String PATTERN = "Pattern";
  public static final String UNKNOWN_UNIT = "UnknownUnit";
  public static final String DUPLICATE = "Duplicate";
  public static final String DATE = "Date";
  public static final String FUTURE_DATE = "FutureDate";

  /** Discovered before the pilot's start less the plan's look-back. */
  public static final String DATE_BEFORE_WINDOW = "DateBeforeWindow";

  /** A control character (NUL, other C0/C1) or a bidirectional control in a cell. */
  public static final String CONTROL_CHARACTER = "ControlCharacter";

  /** A clue number imported into the model before. */
  public static final String ALREADY_IMPORTED = "AlreadyImported";

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

  /** More data rows than the parser accepts; reading stopped there. */
  public static final String MAX_ROWS = "MaxRows";
}
