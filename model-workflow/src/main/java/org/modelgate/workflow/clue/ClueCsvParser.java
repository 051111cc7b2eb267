package org.modelgate.workflow.clue;

import static org.modelgate.workflow.clue.ClueColumn.AMOUNT;
import static org.modelgate.workflow.clue.ClueColumn.DISCOVERED_ON;
import static org.modelgate.workflow.clue.ClueColumn.EXTERNAL_REF;
import static org.modelgate.workflow.clue.ClueColumn.ID_NUMBER;
import static org.modelgate.workflow.clue.ClueColumn.PARTY;
import static org.modelgate.workflow.clue.ClueColumn.SUMMARY;
import static org.modelgate.workflow.clue.ClueColumn.UNIT_CODE;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelgate.workflow.csv.CsvReader;
import org.modelgate.workflow.csv.StrictUtf8Reader;

/**
 * Checks a model's hit list (a UTF-8 CSV with a header of {@link ClueColumn} names) row by row and
 * reports every problem at once, so that the uploader can fix the file in one go. A file is
 * imported whole or not at all: the result holds rows only when it holds no error.
 *
 * <p>Values are trimmed; a blank optional value is absent. Lengths count characters (Unicode code
 * points, as PostgreSQL does). Reading stops only where going on would report noise: at bytes that
 * are not UTF-8 and past {@code maxRows} data rows. Memory grows with the file, so the caller caps
 * the upload's size. The parser touches no database; whether a reference was imported before is the
 * caller's question.
 */
public final class ClueCsvParser {

  /** A sensible cap on data rows for an upload. */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  static final int MAX_EXTERNAL_REF = 64;
  static final int MAX_PARTY = 100;
  static final int MAX_ID_NUMBER = 32;
  static final int MAX_SUMMARY = 2000;
  static final int MAX_AMOUNT_INTEGER_DIGITS = 12;

  /** Values longer than this are cut in messages. */
  private static final int QUOTED_VALUE_LENGTH = 20;

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

  /**
   * Reads and checks the whole CSV; does not close {@code csv}.
   *
   * @throws IOException only when reading the stream fails; bad content is reported in the result
   */
  public ClueCsvResult parse(InputStream csv) throws IOException {
    var reader = new CsvReader(new StrictUtf8Reader(csv));
    var run = new Run();
    try {
      run.read(reader);
    } catch (CharacterCodingException e) {
      run.fileError(
          reader.line(),
          RowError.ENCODING,
          "文件不是 UTF-8 编码（第 "
              + reader.line()
              + " 行有无法识别的字符），可能是 GBK 等编码；请在 Excel 中另存为“CSV UTF-8”后重新上传");
    }
    return run.result();
  }

  /** The state of one parse. */
  private final class Run {
    private final List<RowError> errors = new ArrayList<>();
    private final List<ClueRow> rows = new ArrayList<>();
    private final Map<String, Integer> firstLineOfRef = new HashMap<>();
    private Map<ClueColumn, Integer> indexOf = Map.of();
    private int width;
    private int records;

    void read(CsvReader reader) throws IOException {
      CsvReader.Record header = reader.next();
      if (header == null || isBlankHeader(header)) {
        fileError(1, RowError.EMPTY, "文件为空，第一行应为表头：" + allHeaders());
        return;
      }
      readHeader(header);
      for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
        if (records == maxRows) {
          fileError(
              record.line(),
              RowError.MAX_ROWS,
              "文件超过 " + maxRows + " 行数据的上限（第 " + record.line() + " 行起未再检查），请拆分后分批上传");
          return;
        }
        records++;
        readRow(record);
      }
      if (records == 0) {
        fileError(2, RowError.EMPTY, "文件只有表头，没有线索数据");
      }
    }

    ClueCsvResult result() {
      return new ClueCsvResult(
          records, errors.isEmpty() ? rows : List.of(), errors, firstLineOfRef);
    }

    void fileError(int line, String rule, String message) {
      errors.add(new RowError(line, RowError.FIELD_FILE, rule, message));
    }

    private void error(int line, ClueColumn column, String rule, String message) {
      errors.add(new RowError(line, column.header(), rule, message));
    }

    private boolean isBlankHeader(CsvReader.Record header) {
      return header.fields().stream().allMatch(name -> name.strip().isEmpty());
    }

    // The header

    private void readHeader(CsvReader.Record header) {
      if (header.problem() != null) {
        fileError(header.line(), RowError.QUOTE, "表头" + quoteProblem(header.problem()));
      }
      List<String> names = header.fields();
      width = names.size();
      Map<ClueColumn, Integer> found = new EnumMap<>(ClueColumn.class);
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip();
        var column = ClueColumn.byHeader(name);
        if (column.isEmpty()) {
          fileError(
              header.line(),
              RowError.UNKNOWN_COLUMN,
              (name.isEmpty()
                      ? "第 " + (i + 1) + " 列没有列名"
                      : "未知的列“" + quote(name) + "”（第 " + (i + 1) + " 列）")
                  + "；只允许这些列："
                  + allHeaders());
        } else if (found.containsKey(column.get())) {
          fileError(
              header.line(),
              RowError.DUPLICATE_COLUMN,
              "列“"
                  + name
                  + "”出现了两次（第 "
                  + (found.get(column.get()) + 1)
                  + " 列和第 "
                  + (i + 1)
                  + " 列）");
        } else {
          found.put(column.get(), i);
        }
      }
      for (ClueColumn column : ClueColumn.values()) {
        if (column.required() && !found.containsKey(column)) {
          fileError(header.line(), RowError.MISSING_COLUMN, "缺少必填列“" + column.header() + "”");
        }
      }
      indexOf = found;
    }

    // A data row

    private void readRow(CsvReader.Record record) {
      int line = record.line();
      if (record.problem() != null) {
        errors.add(
            new RowError(
                line, RowError.FIELD_ROW, RowError.QUOTE, "该行" + quoteProblem(record.problem())));
        return;
      }
      if (record.fields().size() != width) {
        errors.add(
            new RowError(
                line,
                RowError.FIELD_ROW,
                RowError.COLUMN_COUNT,
                "该行有 " + record.fields().size() + " 列，表头有 " + width + " 列；含逗号或换行的内容须用英文双引号括起"));
        return;
      }
      String ref = text(record, EXTERNAL_REF, MAX_EXTERNAL_REF);
      String unit = unitCode(record);
      String party = text(record, PARTY, MAX_PARTY);
      String idNumber = idNumber(record);
      String summary = text(record, SUMMARY, MAX_SUMMARY);
      LocalDate discoveredOn = date(record);
      BigDecimal amount = amount(record);
      if (ref != null) {
        Integer first = firstLineOfRef.putIfAbsent(ref, line);
        if (first != null) {
          error(
              line,
              EXTERNAL_REF,
              RowError.DUPLICATE,
              "线索编号“" + quote(ref) + "”与第 " + first + " 行重复");
        }
      }
      // rows are only kept while the file is clean: one error and none is imported
      if (errors.isEmpty()) {
        rows.add(new ClueRow(line, ref, unit, party, idNumber, summary, discoveredOn, amount));
      }
    }

    /**
     * The trimmed value of a column; {@code null} when the column is not in the file (already
     * reported once for the file) or the value is blank (reported here if the column is required).
     */
    private String value(CsvReader.Record record, ClueColumn column) {
      Integer index = indexOf.get(column);
      if (index == null) {
        return null;
      }
      String value = record.fields().get(index).strip();
      int control = controlCharacter(value, column == SUMMARY);
      if (control >= 0) {
        error(
            record.line(),
            column,
            RowError.CONTROL_CHARACTER,
            column.header()
                + "含控制字符 "
                + String.format("U+%04X", (int) value.charAt(control))
                + "（第 "
                + (control + 1)
                + " 个字符）；请删除后重新上传");
        return null;
      }
      if (value.isEmpty()) {
        if (column.required()) {
          error(record.line(), column, RowError.REQUIRED, column.header() + "不能为空");
        }
        return null;
      }
      return value;
    }

    /** A value within {@code maxLength} characters, or {@code null} (absent or reported). */
    private String text(CsvReader.Record record, ClueColumn column, int maxLength) {
      String value = value(record, column);
      if (value == null) {
        return null;
      }
      int length = value.codePointCount(0, value.length());
      if (length > maxLength) {
        error(
            record.line(),
            column,
            RowError.MAX_LENGTH,
            column.header()
                + "“"
                + quote(value)
                + "”有 "
                + length
                + " 个字符，超过 "
                + maxLength
                + " 个字符的上限");
        return null;
      }
      return value;
    }

    private String unitCode(CsvReader.Record record) {
      String unit = value(record, UNIT_CODE);
      if (unit != null && !allowedUnitCodes.contains(unit)) {
        error(
            record.line(),
            UNIT_CODE,
            RowError.UNKNOWN_UNIT,
            "单位代码“" + quote(unit) + "”不是本次可导入线索的单位");
        return null;
      }
      return unit;
    }

    private String idNumber(CsvReader.Record record) {
      String id = text(record, ID_NUMBER, MAX_ID_NUMBER);
      if (id == null) {
        return null;
      }
      String upper = id.toUpperCase(Locale.ROOT);
      if (!ID_NUMBER_PATTERN.matcher(upper).matches()) {
        error(record.line(), ID_NUMBER, RowError.PATTERN, "证件号码“" + quote(id) + "”只能包含数字和字母 X");
        return null;
      }
      return upper;
    }

    private LocalDate date(CsvReader.Record record) {
      String value = value(record, DISCOVERED_ON);
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
        error(
            record.line(),
            DISCOVERED_ON,
            RowError.DATE,
            "发现日期“" + quote(value) + "”不是有效日期，应写作“年-月-日”，如 2026-03-02");
        return null;
      }
      if (date.isBefore(earliest)) {
        error(
            record.line(),
            DISCOVERED_ON,
            RowError.DATE_BEFORE_WINDOW,
            "发现日期“" + value + "”早于可导入的最早日期（" + earliest + "，试点开始前的回溯期起点）");
        return null;
      }
      if (date.isAfter(today)) {
        error(
            record.line(),
            DISCOVERED_ON,
            RowError.FUTURE_DATE,
            "发现日期“" + value + "”晚于今天（" + today + "）");
        return null;
      }
      return date;
    }

    private BigDecimal amount(CsvReader.Record record) {
      String value = value(record, AMOUNT);
      if (value == null) {
        return null;
      }
      String problem = null;
      BigDecimal amount = null;
      if (!AMOUNT_PATTERN.matcher(value).matches()) {
        problem = "不是数字（不含千分位逗号、货币符号和单位）";
      } else {
        amount = new BigDecimal(value);
        if (amount.signum() < 0) {
          problem = "不能为负数";
        } else if (amount.scale() > 2) {
          problem = "最多保留两位小数";
        } else if (amount.precision() - amount.scale() > MAX_AMOUNT_INTEGER_DIGITS) {
          problem = "整数部分超过 " + MAX_AMOUNT_INTEGER_DIGITS + " 位";
        }
      }
      if (problem != null) {
        error(
            record.line(),
            AMOUNT,
            RowError.AMOUNT,
            "涉及金额“" + quote(value) + "”" + problem + "，应为以元为单位的金额，如 12345.67");
        return null;
      }
      return amount.setScale(2);
    }
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

  /** The value for a message, cut after {@link #QUOTED_VALUE_LENGTH} characters. */
  private static String quote(String value) {
    if (value.codePointCount(0, value.length()) <= QUOTED_VALUE_LENGTH) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, QUOTED_VALUE_LENGTH)) + "…";
  }

  private static String quoteProblem(CsvReader.Problem problem) {
    return switch (problem) {
      case UNCLOSED_QUOTE -> "的引号没有闭合，文件在引号内结束；请检查该行起的英文双引号是否成对";
      case TEXT_AFTER_QUOTE -> "的引号用法有误：右引号后紧跟了其他文字；内容中的英文双引号须写成两个（\"\"）";
    };
  }

  private static String allHeaders() {
    return Arrays.stream(ClueColumn.values())
        .map(column -> column.header() + (column.required() ? "" : "（可选）"))
        .collect(Collectors.joining("、"));
  }
}
