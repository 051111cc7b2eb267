package org.modelgate.workflow.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a CSV file as people save them: the syntax (RFC 4180 quoting, any line
 * break, empty lines skipped) by Apache Commons CSV; the bytes strictly as UTF-8 ({@link
 * StrictUtf8Reader}), a byte order mark at the start skipped, as Excel writes "CSV UTF-8". Each
 * record knows the line it starts on. Reading stops at the first byte that is not UTF-8 or the
 * first broken quoting, with a {@link CsvProblem} naming the line.
 *
 * <p>Not thread-safe; does not close the caller's stream.
 */
public final class CsvRecords implements Closeable {

  /**
   * One record.
   *
   * @param line the 1-based line of the file where it starts
   * @param fields its fields, quotes removed
   */
  public record Record(int line, List<String> fields) {}

  /** Why the rest of the file cannot be read: {@link #problem()} says where and why. */
  public static final class UnreadableException extends Exception {

    private final transient CsvProblem problem;

    UnreadableException(CsvProblem problem, Throwable cause) {
      super(problem.code() + " at line " + problem.line(), cause);
      this.problem = problem;
    }

    public CsvProblem problem() {
      return problem;
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final LineCountingReader decoded;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private int lastLine;

  public CsvRecords(InputStream in) throws IOException {
    decoded = new LineCountingReader(new StrictUtf8Reader(in));
    PushbackReader reader = new PushbackReader(decoded);
    try {
      int first = reader.read();
      if (first >= 0 && first != '\uFEFF') {
        reader.unread(first);
      }
    } catch (CharacterCodingException e) {
      // the first character already is no UTF-8: reported by the first next()
      reader = new PushbackReader(failing(e));
    }
    parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    records = parser.iterator();
  }

  /** The next record, or {@code null} at the end of the file. */
  public Record next() throws UnreadableException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      List<String> fields = records.next().toList();
      int end = (int) parser.getCurrentLineNumber();
      int start = end - lineBreaks(fields);
      lastLine = end;
      return new Record(start, fields);
    } catch (UncheckedIOException e) {
      int line = lastLine + 1;
      CsvProblem problem =
          switch (e.getCause()) {
            case CharacterCodingException encoding ->
                CsvProblem.of(
                    decoded.lineBreaks() + 1, CsvProblem.FILE, CsvProblem.ENCODING, "csv.encoding");
            case CSVException syntax ->
                CsvProblem.of(line, CsvProblem.ROW, CsvProblem.QUOTE, "csv.quote");
            default -> CsvProblem.of(line, CsvProblem.FILE, CsvProblem.READABLE, "csv.unreadable");
          };
      throw new UnreadableException(problem, e.getCause());
    }
  }

  /** The line breaks inside the record's quoted fields: CRLF, LF and a lone CR count once. */
  private static int lineBreaks(List<String> fields) {
    int breaks = 0;
    for (String field : fields) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  /**
   * Counts the line breaks of the text it hands out (CRLF once), so that a decoding failure names
   * its line exactly: {@link StrictUtf8Reader} hands out every character before the bad byte first,
   * whatever the parser has buffered.
   */
  private static final class LineCountingReader extends Reader {
    private final Reader in;
    private int breaks;
    private boolean afterCr;

    LineCountingReader(Reader in) {
      this.in = in;
    }

    int lineBreaks() {
      return breaks;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
      int read = in.read(target, offset, length);
      for (int i = offset; i < offset + read; i++) {
        char c = target[i];
        if (c == '\r' || (c == '\n' && !afterCr)) {
          breaks++;
        }
        afterCr = c == '\r';
      }
      return read;
    }

    @Override
    public void close() {}
  }

  private static Reader failing(CharacterCodingException e) {
    return new Reader() {
      @Override
      public int read(char[] target, int offset, int length) throws IOException {
        throw e;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
