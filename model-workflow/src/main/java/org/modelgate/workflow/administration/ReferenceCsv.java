package org.modelgate.workflow.administration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.workflow.csv.CsvProblem;
import org.modelgate.workflow.csv.CsvRecords;

/**
 * A reference data file read into rows by column name, with every problem of the file or of a
 * record's shape collected as a {@link CsvProblem} (line, column, rule, code). The values are
 * checked by the importer.
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

  /**
   * Reads {@code csv}; problems go to {@code problems}. The header must hold every one of {@code
   * required} and may hold {@code optional}; no other column.
   */
  static List<Row> read(
      byte[] csv, List<String> required, List<String> optional, List<CsvProblem> problems) {
    List<Row> rows = new ArrayList<>();
    try (CsvRecords reader = new CsvRecords(new ByteArrayInputStream(csv))) {
      CsvRecords.Record header = reader.next();
      if (header == null) {
        problems.add(
            CsvProblem.of(1, CsvProblem.FILE, CsvProblem.EMPTY, "csv.empty", "columns", required));
        return rows;
      }
      List<String> columns = header.fields().stream().map(String::strip).toList();
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        if (!required.contains(column) && !optional.contains(column)) {
          problems.add(
              CsvProblem.of(
                      header.line(),
                      column.isEmpty() ? CsvProblem.FILE : column,
                      CsvProblem.UNKNOWN_COLUMN,
                      "csv.unknown-column",
                      "column",
                      column,
                      "columns",
                      all(required, optional))
                  .allowing(all(required, optional)));
        } else if (positions.putIfAbsent(column, i) != null) {
          problems.add(
              CsvProblem.of(
                  header.line(),
                  column,
                  CsvProblem.DUPLICATE_COLUMN,
                  "csv.duplicate-column",
                  "column",
                  column));
        }
      }
      for (String column : required) {
        if (!positions.containsKey(column)) {
          problems.add(
              CsvProblem.of(
                  header.line(),
                  column,
                  CsvProblem.MISSING_COLUMN,
                  "csv.missing-column",
                  "column",
                  column));
        }
      }
      if (!problems.isEmpty()) {
        return rows;
      }
      for (CsvRecords.Record record = reader.next(); record != null; record = reader.next()) {
        if (rows.size() >= MAX_ROWS) {
          problems.add(
              CsvProblem.of(
                  record.line(),
                  CsvProblem.FILE,
                  CsvProblem.MAX_ROWS,
                  "csv.max-rows",
                  "max",
                  MAX_ROWS));
          break;
        }
        if (record.fields().size() != columns.size()) {
          problems.add(
              CsvProblem.of(
                  record.line(),
                  CsvProblem.ROW,
                  CsvProblem.COLUMN_COUNT,
                  "csv.column-count",
                  "count",
                  record.fields().size(),
                  "expected",
                  columns.size()));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> fields = record.fields();
        positions.forEach((column, index) -> values.put(column, fields.get(index).strip()));
        rows.add(new Row(record.line(), values));
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        problems.add(CsvProblem.of(2, CsvProblem.FILE, CsvProblem.EMPTY, "csv.no-data"));
      }
    } catch (CsvRecords.UnreadableException e) {
      problems.add(e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading an array
    }
    return rows;
  }

  private static List<String> all(List<String> required, List<String> optional) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }
}
