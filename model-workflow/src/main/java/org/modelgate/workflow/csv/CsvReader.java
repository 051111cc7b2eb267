package org.modelgate.workflow.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields separated by commas, records by CRLF, LF or a lone CR; a field in
 * double quotes may hold commas, line breaks and doubled quotes. Lenient where that is harmless: a
 * quote inside an unquoted field is kept as text, empty lines are skipped, and line breaks inside
 * quotes are returned as LF. A byte order mark at the start is skipped. Malformed quoting does not
 * stop the reader: the record carries the problem and reading goes on with the next one.
 *
 * <p>Not thread-safe; reads from the caller's {@link Reader}, which it does not close.
 */
public final class CsvReader {

  /** The problems a record can carry. */
  public enum Problem {
    /** The file ends inside a quoted field. */
    UNCLOSED_QUOTE,
    /** Text follows a closing quote before the next comma or line break. */
    TEXT_AFTER_QUOTE
  }

  /**
   * One record.
   *
   * @param line the 1-based line where it starts
   * @param fields its fields, as written between the separators (quotes removed)
   * @param problem the first quoting problem, or {@code null}
   */
  public record Record(int line, List<String> fields, Problem problem) {}

  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[16 * 1024];
  private final StringBuilder field = new StringBuilder();
  private int position;
  private int limit;
  private int line = 1;
  private boolean started;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The line the reader has reached, e.g. where the input could not be decoded. */
  public int line() {
    return line;
  }

  /** The next record, or {@code null} at the end of the input. */
  public Record next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read(); // as Excel writes "CSV UTF-8"
      }
    }
    skipEmptyLines();
    if (peek() == EOF) {
      return null;
    }
    int start = line;
    List<String> fields = new ArrayList<>();
    Problem problem = null;
    while (true) {
      field.setLength(0);
      int c = read();
      if (c == '"') {
        if (!readQuoted()) {
          fields.add(field.toString());
          return new Record(start, fields, Problem.UNCLOSED_QUOTE);
        }
        c = read();
        if (!endsField(c) && problem == null) {
          problem = Problem.TEXT_AFTER_QUOTE;
        }
      }
      while (!endsField(c)) {
        field.append((char) c);
        c = read();
      }
      fields.add(field.toString());
      if (c == ',') {
        continue;
      }
      if (c != EOF) {
        endLine(c);
      }
      return new Record(start, fields, problem);
    }
  }

  /** Reads a quoted field's content after its opening quote; false if the input ends first. */
  private boolean readQuoted() throws IOException {
    while (true) {
      int c = read();
      switch (c) {
        case EOF -> {
          return false;
        }
        case '"' -> {
          if (peek() != '"') {
            return true;
          }
          read();
          field.append('"');
        }
        case '\r', '\n' -> {
          endLine(c);
          field.append('\n');
        }
        default -> field.append((char) c);
      }
    }
  }

  private static boolean endsField(int c) {
    return c == ',' || c == '\n' || c == '\r' || c == EOF;
  }

  /** Counts a line break whose first character {@code c} was read; CRLF counts once. */
  private void endLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private void skipEmptyLines() throws IOException {
    int c = peek();
    while (c == '\r' || c == '\n') {
      endLine(read());
      c = peek();
    }
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
