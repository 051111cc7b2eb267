package org.modelgate.workflow.clue;

import static org.modelgate.api.clue.ClueColumn.AMOUNT;
import static org.modelgate.api.clue.ClueColumn.EXTERNAL_REF;
import static org.modelgate.api.clue.ClueColumn.FOUND_ON;
import static org.modelgate.api.clue.ClueColumn.ID_NUMBER;
import static org.modelgate.api.clue.ClueColumn.PARTY;
import static org.modelgate.api.clue.ClueColumn.SUMMARY;
import static org.modelgate.api.clue.ClueColumn.UNIT_CODE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelgate.api.clue.ClueColumn;
import org.modelgate.api.clue.ClueFileError;
import org.modelgate.workflow.csv.StrictUtf8Reader;

/**
 * Checks a model's hit list (a UTF-8 CSV with a header of {@link ClueColumn} names) row by row and
 * reports every problem at once, as data ({@link ClueFileError}), so that the uploader can fix the
 * file in one go. A file is imported whole or not at all: the result holds rows only when it holds
 * no error.
 *
 * <p>Apache Commons CSV reads the syntax (RFC 4180: quotes, line breaks in quoted cells); this
 * class keeps the encoding check (UTF-8 only, a byte order mark skipped) and the rules of a clue.
 * Values are trimmed; a blank optional value is absent; line breaks in a cell become LF. Lengths
 * count characters (Unicode code points, as PostgreSQL does). Reading stops only where going on
 * would report noise: at bytes that are not UTF-8, at broken quoting in the header and past {@code
 * maxRows} data rows; a data record with broken quoting is reported and reading goes on with the
 * next one. The parser touches no database; whether a reference was imported before is the caller's
 * question.
 */
public final class ClueCsvParser {

  /** A sensible cap on data rows for an upload. */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  static final int MAX_EXTERNAL_REF = 64;
  static final int MAX_PARTY = 100;
  static final int MAX_ID_NUMBER = 32;
  static final int MAX_SUMMARY = 2000;
  static final int MAX_AMOUNT_INTEGER_DIGITS = 12;

  /** Values longer than this are cut where a problem names them. */
  private static final int QUOTED_VALUE_LENGTH = 20;

  /** Comma, double quotes; blank lines come as records of one empty value, to keep line numbers. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private static final Pattern ID_NUMBER_PATTERN = Pattern.compile("[0-9X]+");
  private static final Pattern DATE_PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern AMOUNT_PATTERN = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final Set<String> allowedUnitCodes;
  private final LocalDate earliest;
  private final LocalDate today;
  private final int maxRows;

  /**
   * @param allowedUnitCodes the units whose clues this upload may carry
   * @param today the day of the upload; no clue may be discovered after it
   * @param maxRows the most data rows accepted, e.g. {@link #DEFAULT_MAX_ROWS}
   */
  public ClueCsvParser(Set<String> allowedUnitCodes, LocalDate today, int maxRows) {
    this(allowedUnitCodes, LocalDate.MIN, today, maxRows);
  }

  /**
   * @param allowedUnitCodes the units whose clues this upload may carry
   * @param earliest the first day a clue may have been discovered on (the pilot's start less the
   *     plan's look-back)
   * @param today the day of the upload; no clue may be discovered after it
   * @param maxRows the most data rows accepted, e.g. {@link #DEFAULT_MAX_ROWS}
   */
  public ClueCsvParser(
      Set<String> allowedUnitCodes, LocalDate earliest, LocalDate today, int maxRows) {
    this.allowedUnitCodes = Set.copyOf(allowedUnitCodes);
    this.earliest = Objects.requireNonNull(earliest, "earliest");
    this.today = Objects.requireNonNull(today, "today");
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
    }
    this.maxRows = maxRows;
  }

  /** Reads and checks the whole file; bad content is reported in the result, never thrown. */
  public ClueCsvResult parse(byte[] csv) {
    int start = hasByteOrderMark(csv) ? 3 : 0; // as Excel writes "CSV UTF-8"
    var text = new StrictUtf8Reader(new ByteArrayInputStream(csv, start, csv.length - start));
    var run = new Run();
    try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
      run.read(parser, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("a CSV parser over bytes in memory failed", e);
    }
    return run.result();
  }

  /** The state of one parse. */
  private final class Run {
    private final List<ClueFileError> errors = new ArrayList<>();
    private final List<ClueRow> rows = new ArrayList<>();
    private final Map<String, Integer> firstLineOfRef = new HashMap<>();
    private Map<ClueColumn, Integer> indexOf;
    private int width;
    private int records;

    void read(CSVParser parser, byte[] csv) {
      Iterator<CSVRecord> iterator = parser.iterator();
      boolean restOfBrokenRecord = false;
      while (true) {
        // before a record, the parser stands at the end of the line before it
        int line = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          record = iterator.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CharacterCodingException) {
            int bad = lineOfFirstBadByte(csv);
            fileError(bad, ClueFileError.ENCODING, "clue.file-not-utf8");
            return;
          }
          if (!(e.getCause() instanceof CSVException)) {
            throw e;
          }
          // Broken quoting: the parser stops inside the record, and the next record it returns is
          // the rest of this one.
          if (!restOfBrokenRecord) {
            fileError(line, ClueFileError.QUOTE, "clue.row-bad-quotes");
            if (indexOf == null) {
              return; // in the header: without columns no row can be checked
            }
            records++;
          }
          restOfBrokenRecord = true;
          continue;
        }
        if (restOfBrokenRecord) {
          restOfBrokenRecord = false;
        } else if (record.size() == 1 && record.get(0).isEmpty()) {
          continue; // an empty line
        } else if (indexOf == null) {
          if (record.stream().allMatch(name -> name.strip().isEmpty())) {
            break; // a header without names: the file is empty
          }
          readHeader(line, record);
        } else if (records == maxRows) {
          fileError(line, ClueFileError.MAX_ROWS, "clue.file-too-many-rows", "max", maxRows);
          return;
        } else {
          records++;
          readRow(line, record);
        }
      }
      if (indexOf == null) {
        fileError(
            1,
            ClueFileError.EMPTY,
            "clue.file-empty",
            "columns",
            List.of(ClueColumn.values()),
            "optional",
            ClueColumn.optional());
      } else if (records == 0) {
        fileError(2, ClueFileError.EMPTY, "clue.file-no-rows");
      }
    }

    ClueCsvResult result() {
      return new ClueCsvResult(
          records, errors.isEmpty() ? rows : List.of(), errors, firstLineOfRef);
    }

    private void fileError(int line, String rule, String code, Object... keysAndValues) {
      errors.add(ClueFileError.of(line, null, rule, code, keysAndValues));
    }

    private void error(
        int line, ClueColumn column, String rule, String code, Object... keysAndValues) {
      errors.add(ClueFileError.of(line, column, rule, code, keysAndValues));
    }

    // The header

    private void readHeader(int line, CSVRecord header) {
      width = header.size();
      Map<ClueColumn, Integer> found = new EnumMap<>(ClueColumn.class);
      for (int i = 0; i < width; i++) {
        String name = header.get(i).strip();
        var column = ClueColumn.byHeader(name);
        if (column.isEmpty()) {
          fileError(
              line,
              ClueFileError.UNKNOWN_COLUMN,
              name.isEmpty() ? "clue.column-unnamed" : "clue.column-unknown",
              "name",
              quote(name),
              "position",
              i + 1,
              "columns",
              List.of(ClueColumn.values()),
              "optional",
              ClueColumn.optional());
        } else if (found.containsKey(column.get())) {
          error(
              line,
              column.get(),
              ClueFileError.DUPLICATE_COLUMN,
              "clue.column-twice",
              "first",
              found.get(column.get()) + 1,
              "second",
              i + 1);
        } else {
          found.put(column.get(), i);
        }
      }
      for (ClueColumn column : ClueColumn.values()) {
        if (column.required() && !found.containsKey(column)) {
          error(line, column, ClueFileError.MISSING_COLUMN, "clue.column-missing");
        }
      }
      indexOf = found;
    }

    // A data row

    private void readRow(int line, CSVRecord record) {
      if (record.size() != width) {
        fileError(
            line,
            ClueFileError.COLUMN_COUNT,
            "clue.row-column-count",
            "count",
            record.size(),
            "expected",
            width);
        return;
      }
      String ref = text(line, record, EXTERNAL_REF, MAX_EXTERNAL_REF);
      String unit = unitCode(line, record);
      String party = text(line, record, PARTY, MAX_PARTY);
      String idNumber = idNumber(line, record);
      String summary = text(line, record, SUMMARY, MAX_SUMMARY);
      LocalDate foundOn = date(line, record);
      BigDecimal amount = amount(line, record);
      if (ref != null) {
        Integer first = firstLineOfRef.putIfAbsent(ref, line);
        if (first != null) {
          error(
              line,
              EXTERNAL_REF,
              ClueFileError.DUPLICATE,
              "clue.duplicate-ref",
              "ref",
              ref,
              "firstLine",
              first);
        }
      }
      // rows are only kept while the file is clean: one error and none is imported
      if (errors.isEmpty()) {
        rows.add(new ClueRow(line, ref, unit, party, idNumber, summary, foundOn, amount));
      }
    }

    /**
     * The trimmed value of a column; {@code null} when the column is not in the file (already
     * reported once for the file) or the value is blank (reported here if the column is required).
     */
    private String value(int line, CSVRecord record, ClueColumn column) {
      Integer index = indexOf.get(column);
      if (index == null) {
        return null;
      }
      String value = record.get(index).strip();
      if (value.indexOf('\r') >= 0) {
        value = value.replace("\r\n", "\n").replace('\r', '\n');
      }
      int control = controlCharacter(value, column == SUMMARY);
      if (control >= 0) {
        error(
            line,
            column,
            ClueFileError.CONTROL_CHARACTER,
            "clue.control-character",
            "character",
            String.format("U+%04X", (int) value.charAt(control)),
            "position",
            control + 1);
        return null;
      }
      if (value.isEmpty()) {
        if (column.required()) {
          error(line, column, ClueFileError.REQUIRED, "clue.value-required");
        }
        return null;
      }
      return value;
    }

    /** A value within {@code maxLength} characters, or {@code null} (absent or reported). */
    private String text(int line, CSVRecord record, ClueColumn column, int maxLength) {
      String value = value(line, record, column);
      if (value == null) {
        return null;
      }
      int length = value.codePointCount(0, value.length());
      if (length > maxLength) {
        error(
            line,
            column,
            ClueFileError.MAX_LENGTH,
            "clue.value-too-long",
            "value",
            quote(value),
            "length",
            length,
            "max",
            maxLength);
        return null;
      }
      return value;
    }

    private String unitCode(int line, CSVRecord record) {
      String unit = value(line, record, UNIT_CODE);
      if (unit != null && !allowedUnitCodes.contains(unit)) {
        error(
            line,
            UNIT_CODE,
            ClueFileError.UNKNOWN_UNIT,
            "clue.unit-not-importable",
            "unit",
            quote(unit));
        return null;
      }
      return unit;
    }

    private String idNumber(int line, CSVRecord record) {
      String id = text(line, record, ID_NUMBER, MAX_ID_NUMBER);
      if (id == null) {
        return null;
      }
      String upper = id.toUpperCase(Locale.ROOT);
      if (!ID_NUMBER_PATTERN.matcher(upper).matches()) {
        error(line, ID_NUMBER, ClueFileError.PATTERN, "clue.id-number-pattern", "value", quote(id));
        return null;
      }
      return upper;
    }

    private LocalDate date(int line, CSVRecord record) {
      String value = value(line, record, FOUND_ON);
      if (value == null) {
        return null;
      }
      LocalDate date = null;
      if (DATE_PATTERN.matcher(value).matches()) {
        try {
          date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
          // not a day of the calendar, e.g. 2026-02-30; reported below
        }
      }
      if (date == null) {
        error(line, FOUND_ON, ClueFileError.DATE, "clue.date-invalid", "value", quote(value));
        return null;
      }
      if (date.isBefore(earliest) || date.isAfter(today)) {
        error(
            line,
            FOUND_ON,
            date.isAfter(today) ? ClueFileError.FUTURE_DATE : ClueFileError.DATE_BEFORE_WINDOW,
            "clue.date-outside-pilot",
            "date",
            date,
            "earliest",
            earliest,
            "today",
            today);
        return null;
      }
      return date;
    }

    private BigDecimal amount(int line, CSVRecord record) {
      String value = value(line, record, AMOUNT);
      if (value == null) {
        return null;
      }
      String code = null;
      BigDecimal amount = null;
      if (!AMOUNT_PATTERN.matcher(value).matches()) {
        code = "clue.amount-not-number";
      } else {
        amount = new BigDecimal(value);
        if (amount.signum() < 0) {
          code = "clue.amount-negative";
        } else if (amount.scale() > 2) {
          code = "clue.amount-scale";
        } else if (amount.precision() - amount.scale() > MAX_AMOUNT_INTEGER_DIGITS) {
          code = "clue.amount-too-large";
        }
      }
      if (code != null) {
        error(
            line,
            AMOUNT,
            ClueFileError.AMOUNT,
            code,
            "value",
            quote(value),
            "digits",
            MAX_AMOUNT_INTEGER_DIGITS);
        return null;
      }
      return amount.setScale(2);
    }
  }

  private static boolean hasByteOrderMark(byte[] csv) {
    return csv.length >= 3
        && (csv[0] & 0xFF) == 0xEF
        && (csv[1] & 0xFF) == 0xBB
        && (csv[2] & 0xFF) == 0xBF;
  }

  /** The line of the first byte that is not UTF-8; 0 if there is none. */
  static int lineOfFirstBadByte(byte[] csv) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(csv);
    CharBuffer out = CharBuffer.allocate(8192);
    while (!decoder.decode(in, out, true).isError()) {
      if (!in.hasRemaining()) {
        return 0;
      }
      out.clear();
    }
    // CR and LF bytes are never part of a longer UTF-8 sequence
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (csv[i] == '\n' || (csv[i] == '\r' && (i + 1 >= csv.length || csv[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /**
   * The index of the first control character (C0, DEL, C1) or bidirectional control (U+202A–U+202E,
   * U+2066–U+2069) in a cell, or -1; tab and line breaks are allowed in multi-line cells.
   * PostgreSQL cannot store NUL in text, H2 can: refused here for both alike.
   */
  static int controlCharacter(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
      if ((lineBreakOrTab && !multiLine)
          || (!lineBreakOrTab && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)) {
        return i;
      }
    }
    return -1;
  }

  /** The value as a problem names it, cut after {@link #QUOTED_VALUE_LENGTH} characters. */
  private static String quote(String value) {
    if (value.codePointCount(0, value.length()) <= QUOTED_VALUE_LENGTH) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, QUOTED_VALUE_LENGTH)) + "…";
  }
}
