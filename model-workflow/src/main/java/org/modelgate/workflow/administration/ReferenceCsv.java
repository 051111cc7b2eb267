package org.modelgate.workflow.administration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.workflow.csv.CsvReader;
import org.modelgate.workflow.csv.StrictUtf8Reader;

/**
 * A reference data file read into rows by column name, with every problem of the file or of a
 * record's shape collected as a violation that names the line, the field and the rule (as the clue
 * import does). The values are checked by the importer.
 */
final class ReferenceCsv {

  /** One data row: its line and its values by header name (trimmed; empty for a blank cell). */
  record Row(int line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  static final int MAX_ROWS = 5000;

  private ReferenceCsv() {}

  /** The violation of a rule at {@code line}, field {@code field}, as the clue import names it. */
  static FieldViolation violation(int line, String field, String rule, String message) {
    return new FieldViolation("第 " + line + " 行 " + field, rule, message);
  }

  /**
   * Reads {@code csv}; problems go to {@code violations}. The header must hold every one of {@code
   * required} and may hold {@code optional}; no other column.
   */
  static List<Row> read(
      byte[] csv, List<String> required, List<String> optional, List<FieldViolation> violations) {
    List<Row> rows = new ArrayList<>();
    CsvReader reader = new CsvReader(new StrictUtf8Reader(new ByteArrayInputStream(csv)));
    try {
      CsvReader.Record header = reader.next();
      if (header == null) {
        violations.add(violation(1, "file", "Empty", "文件为空，第一行应为表头：" + String.join(",", required)));
        return rows;
      }
      List<String> columns = header.fields().stream().map(String::strip).toList();
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        if (!required.contains(column) && !optional.contains(column)) {
          violations.add(
              violation(
                  header.line(),
                  column.isEmpty() ? "file" : column,
                  "UnknownColumn",
                  "不认识的列“" + column + "”；可用的列：" + String.join(",", all(required, optional))));
        } else if (positions.putIfAbsent(column, i) != null) {
          violations.add(
              violation(header.line(), column, "DuplicateColumn", "列“" + column + "”出现两次"));
        }
      }
      for (String column : required) {
        if (!positions.containsKey(column)) {
          violations.add(
              violation(header.line(), column, "MissingColumn", "缺少必填列“" + column + "”"));
        }
      }
      if (!violations.isEmpty()) {
        return rows;
      }
      for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
        if (rows.size() >= MAX_ROWS) {
          violations.add(
              violation(record.line(), "file", "MaxRows", "一个文件最多 " + MAX_ROWS + " 行数据"));
          break;
        }
        if (record.problem() != null) {
          violations.add(violation(record.line(), "row", "Quote", "该行的引号不成对"));
          continue;
        }
        if (record.fields().size() != columns.size()) {
          violations.add(
              violation(
                  record.line(),
                  "row",
                  "ColumnCount",
                  "该行有 " + record.fields().size() + " 列，表头有 " + columns.size() + " 列"));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> fields = record.fields();
        positions.forEach((column, index) -> values.put(column, fields.get(index).strip()));
        rows.add(new Row(record.line(), values));
      }
      if (rows.isEmpty() && violations.isEmpty()) {
        violations.add(violation(2, "file", "Empty", "文件只有表头，没有数据"));
      }
    } catch (CharacterCodingException e) {
      violations.add(
          violation(
              reader.line(),
              "file",
              "Encoding",
              "文件不是 UTF-8 编码（第 " + reader.line() + " 行）；请在 Excel 中另存为“CSV UTF-8”后重新上传"));
    } catch (IOException e) {
      violations.add(violation(reader.line(), "file", "Readable", "文件无法读取：" + e.getMessage()));
    }
    return rows;
  }

  private static List<String> all(List<String> required, List<String> optional) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }
}
