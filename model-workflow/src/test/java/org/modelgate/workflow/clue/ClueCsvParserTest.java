package org.modelgate.workflow.clue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.modelgate.api.clue.ClueColumn.AMOUNT;
import static org.modelgate.api.clue.ClueColumn.EXTERNAL_REF;
import static org.modelgate.api.clue.ClueColumn.FOUND_ON;
import static org.modelgate.api.clue.ClueColumn.ID_NUMBER;
import static org.modelgate.api.clue.ClueColumn.PARTY;
import static org.modelgate.api.clue.ClueColumn.SUMMARY;
import static org.modelgate.api.clue.ClueColumn.UNIT_CODE;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelgate.api.clue.ClueColumn;
import org.modelgate.api.clue.ClueFileError;

class ClueCsvParserTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Set<String> UNITS = Set.of("310101", "310104", "310115");
  static final String HEADER = "线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\r\n";

  static final ClueCsvParser PARSER =
      new ClueCsvParser(UNITS, TODAY, ClueCsvParser.DEFAULT_MAX_ROWS);

  static ClueCsvResult parse(String csv) {
    return parse(csv.getBytes(StandardCharsets.UTF_8));
  }

  static ClueCsvResult parse(byte[] csv) {
    return PARSER.parse(csv);
  }

  static String row(String ref) {
    return ref + ",310101,张三,11010519491231002X,未按规定退还保证金,2026-01-15,1234.5\r\n";
  }

  // Good files

  @Test
  void shouldReadAGoodFileWithChineseTextQuotedFieldsAndAByteOrderMark() {
    String csv =
        "\uFEFF"
            + HEADER
            + "XS-2026-001,310101,\"上海某某建设有限公司,第一分公司\",,\"称其“已整改”，实际\"\"未整改\"\"\","
            + "2026-01-15,1234.5\r\n"
            + "XS-2026-002,310104,李四,31010419800101123x,\"第一段\r\n第二段\r\n第三段\",2026-03-02,\r\n"
            + "XS-2026-003,310115,王五, ,摘要, 2025-12-31 ,0\r\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors()).isEmpty();
    assertThat(result.importable()).isTrue();
    assertThat(result.records()).isEqualTo(3);
    assertThat(result.rows())
        .containsExactly(
            new ClueRow(
                2,
                "XS-2026-001",
                "310101",
                "上海某某建设有限公司,第一分公司",
                null,
                "称其“已整改”，实际\"未整改\"",
                LocalDate.of(2026, 1, 15),
                new BigDecimal("1234.50")),
            new ClueRow(
                3,
                "XS-2026-002",
                "310104",
                "李四",
                "31010419800101123X",
                "第一段\n第二段\n第三段",
                TODAY,
                null),
            new ClueRow(
                6,
                "XS-2026-003",
                "310115",
                "王五",
                null,
                "摘要",
                LocalDate.of(2025, 12, 31),
                new BigDecimal("0.00")));
  }

  @Test
  void shouldAcceptColumnsInAnyOrderWithoutTheOptionalOnes() {
    ClueCsvResult result = parse("发现日期,线索摘要,当事人,单位代码,线索编号\n2026-02-01,摘要,赵六,310101,A-1\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.externalRef()).isEqualTo("A-1");
              assertThat(row.party()).isEqualTo("赵六");
              assertThat(row.idNumber()).isNull();
              assertThat(row.amount()).isNull();
            });
  }

  @Test
  void shouldAcceptValuesExactlyAtTheirLimits() {
    String csv =
        HEADER
            + "R".repeat(64)
            + ",310101,"
            + "张".repeat(100)
            + ","
            + "9".repeat(32)
            + ","
            + "𠀀".repeat(2000) // outside the BMP: 2000 characters, 4000 chars in Java
            + ",2026-03-02,999999999999.99\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows().getFirst().amount()).isEqualByComparingTo("999999999999.99");
  }

  // Each rule on its own row

  @Test
  void shouldReportEachBrokenRuleAtItsLineAndField() {
    String csv =
        HEADER
            + row("OK-1") // 2
            + ",310101,张三,,摘要,2026-01-15,\n" // 3 Required 线索编号
            + "R-4,,张三,,摘要,2026-01-15,\n" // 4 Required 单位代码
            + "R-5,310101,  ,,摘要,2026-01-15,\n" // 5 Required 当事人
            + "R-6,310101,张三,,,2026-01-15,\n" // 6 Required 线索摘要
            + "R-7,310101,张三,,摘要,,\n" // 7 Required 发现日期
            + "R".repeat(65)
            + ",310101,张三,,摘要,2026-01-15,\n" // 8 MaxLength 线索编号
            + "R-9,310101,"
            + "张".repeat(101)
            + ",,摘要,2026-01-15,\n" // 9 MaxLength 当事人
            + "R-10,310101,张三,"
            + "1".repeat(33)
            + ",摘要,2026-01-15,\n" // 10 MaxLength 证件号码
            + "R-11,310101,张三,,\""
            + "摘".repeat(2001)
            + "\",2026-01-15,\n" // 11 MaxLength 线索摘要
            + "R-12,310101,张三,1101A5,摘要,2026-01-15,\n" // 12 Pattern 证件号码
            + "R-13,999999,张三,,摘要,2026-01-15,\n" // 13 UnknownUnit
            + row("OK-1") // 14 Duplicate
            + "R-15,310101,张三,,摘要,2026/1/15,\n" // 15 Date
            + "R-16,310101,张三,,摘要,2026-02-30,\n" // 16 Date
            + "R-17,310101,张三,,摘要,2026-03-03,\n" // 17 FutureDate
            + "R-18,310101,张三,,摘要,2026-01-15,-1\n" // 18 Amount
            + "R-19,310101,张三,,摘要,2026-01-15,1.234\n" // 19 Amount
            + "R-20,310101,张三,,摘要,2026-01-15,\"1,000\"\n" // 20 Amount
            + "R-21,310101,张三,,摘要,2026-01-15,1000000000000\n" // 21 Amount
            + "R-22,310101,张三,,摘要,2026-01-15,¥12\n" // 22 Amount
            + "R-23,310101,张三,,摘要,2026-01-15\n" // 23 ColumnCount
            + "\"R-24\"x,310101,张三,,摘要,2026-01-15,\n"; // 24 Quote

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(
            tuple(3, EXTERNAL_REF, "Required"),
            tuple(4, UNIT_CODE, "Required"),
            tuple(5, PARTY, "Required"),
            tuple(6, SUMMARY, "Required"),
            tuple(7, FOUND_ON, "Required"),
            tuple(8, EXTERNAL_REF, "MaxLength"),
            tuple(9, PARTY, "MaxLength"),
            tuple(10, ID_NUMBER, "MaxLength"),
            tuple(11, SUMMARY, "MaxLength"),
            tuple(12, ID_NUMBER, "Pattern"),
            tuple(13, UNIT_CODE, "UnknownUnit"),
            tuple(14, EXTERNAL_REF, "Duplicate"),
            tuple(15, FOUND_ON, "Date"),
            tuple(16, FOUND_ON, "Date"),
            tuple(17, FOUND_ON, "FutureDate"),
            tuple(18, AMOUNT, "Amount"),
            tuple(19, AMOUNT, "Amount"),
            tuple(20, AMOUNT, "Amount"),
            tuple(21, AMOUNT, "Amount"),
            tuple(22, AMOUNT, "Amount"),
            tuple(23, null, "ColumnCount"),
            tuple(24, null, "Quote"));
    assertThat(result.rows()).isEmpty();
    assertThat(result.records()).isEqualTo(23);
  }

  @Test
  void shouldReportEveryProblemOfOneRow() {
    ClueCsvResult result = parse(HEADER + ",999999,,12#,,明天,many\n");

    assertThat(result.errors())
        .extracting(ClueFileError::column, ClueFileError::rule)
        .containsExactly(
            tuple(EXTERNAL_REF, "Required"),
            tuple(UNIT_CODE, "UnknownUnit"),
            tuple(PARTY, "Required"),
            tuple(ID_NUMBER, "Pattern"),
            tuple(SUMMARY, "Required"),
            tuple(FOUND_ON, "Date"),
            tuple(AMOUNT, "Amount"));
  }

  @Test
  void shouldNameTheValueAndTheRuleAsCodeAndArguments() {
    String csv =
        HEADER
            + row("XS-1")
            + "XS-2,310999,张三,,摘要,2026-01-15,\n"
            + row("XS-1")
            + "XS-4,310101,张三,,摘要,2026-03-03,\n"
            + "XS-5,310101,张三,,摘要,2026-01-15,12.345\n"
            + "XS-6,310101,张三,,\""
            + "长".repeat(2001)
            + "\",2026-01-15,\n";

    List<ClueFileError> errors = parse(csv).errors();

    assertThat(errors)
        .extracting(ClueFileError::code, ClueFileError::args)
        .containsExactly(
            tuple(
                "clue.unit-not-importable",
                Map.of("line", 3, "column", UNIT_CODE, "unit", "310999")),
            tuple(
                "clue.duplicate-ref",
                Map.of("line", 4, "column", EXTERNAL_REF, "ref", "XS-1", "firstLine", 2)),
            tuple(
                "clue.date-outside-pilot",
                Map.of(
                    "line",
                    5,
                    "column",
                    FOUND_ON,
                    "date",
                    LocalDate.of(2026, 3, 3),
                    "earliest",
                    LocalDate.MIN,
                    "today",
                    TODAY)),
            tuple(
                "clue.amount-scale",
                Map.of("line", 6, "column", AMOUNT, "value", "12.345", "digits", 12)),
            tuple(
                "clue.value-too-long",
                Map.of(
                    "line",
                    7,
                    "column",
                    SUMMARY,
                    "value",
                    "长".repeat(20) + "…",
                    "length",
                    2001,
                    "max",
                    2000)));
    assertThat(errors.getFirst().field()).isEqualTo("lines[3].UNIT_CODE");
    assertThat(errors.getFirst().args()).containsKeys("line", "column").hasSize(3);
  }

  @Test
  void shouldReportAQuoteLeftOpenAtTheLineWhereItsRecordStarts() {
    ClueCsvResult result =
        parse(HEADER + row("A-1") + "A-2,310101,\"张三,,摘要,2026-01-15,\n" + row("A-3"));

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(tuple(3, null, "Quote"));
  }

  @Test
  void shouldGoOnAfterARecordWithTextAfterItsClosingQuote() {
    String csv =
        HEADER
            + "\"A-1\"x,310101,张三,,\"摘要\"又一句,2026-01-15,\n" // 2: broken twice, reported once
            + row("A-3") // 3
            + "A-4,999999,张三,,摘要,2026-01-15,\n"; // 4

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::code)
        .containsExactly(
            tuple(2, null, "clue.row-bad-quotes"), tuple(4, UNIT_CODE, "clue.unit-not-importable"));
    assertThat(result.records()).isEqualTo(3);
    assertThat(result.references()).containsOnlyKeys("A-3", "A-4");
  }

  @Test
  void shouldStopAtBrokenQuotingInTheHeader() {
    ClueCsvResult result = parse("\"线索编号\"x,单位代码,当事人,线索摘要,发现日期\n" + row("A-1"));

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::rule)
        .containsExactly(tuple(1, ClueFileError.QUOTE));
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void shouldCountEmptyLinesAndLineBreaksInQuotedCellsInLineNumbers() {
    String csv =
        "\r\n"
            + HEADER // 2
            + "\n" // 3
            + "A-1,310101,张三,,\"一\r二\n三\",2026-01-15,\r" // 4–6, lone CR ends the record
            + "\r\n" // 7
            + "A-2,310101,张三,,摘要,2026-01-15,x\n"; // 8

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column)
        .containsExactly(tuple(8, AMOUNT));
    assertThat(result.records()).isEqualTo(2);
    assertThat(result.references()).containsEntry("A-1", 4).containsEntry("A-2", 8);
  }

  @Test
  void shouldAcceptAHeaderInEnglish() {
    ClueCsvResult result =
        parse(
            "Clue number,UNIT CODE,party,Summary,Found on,Amount\n"
                + "A-1,310101,Zhang San,Overpaid pension,2026-01-15,12\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows())
        .singleElement()
        .extracting(ClueRow::party, ClueRow::amount)
        .containsExactly("Zhang San", new BigDecimal("12.00"));
  }

  @Test
  void shouldNameAProblemAsAFieldPathWithItsCodeAndArguments() {
    ClueFileError error = parse(HEADER + "A-1,310101,,,摘要,2026-01-15,\n").errors().getFirst();

    var violation = error.violation();

    assertThat(violation.field()).isEqualTo("lines[2].PARTY");
    assertThat(violation.rule()).isEqualTo("Required");
    assertThat(violation.code()).isEqualTo("clue.value-required");
    assertThat(violation.args()).isEqualTo(Map.of("line", 2, "column", PARTY));
    assertThat(violation.message()).as("worded at the edge").isNull();
    assertThat(ClueFileError.of(5, null, "Quote", "clue.row-bad-quotes").field())
        .isEqualTo("lines[5]");
  }

  // Many errors, and all-or-nothing

  @Test
  void shouldReportEveryBadRowOfAFile() {
    var csv = new StringBuilder(HEADER);
    for (int i = 0; i < 1_000; i++) {
      csv.append(i % 2 == 0 ? row("OK-" + i) : "BAD-" + i + ",310101,张三,,摘要,2026-13-01,\n");
    }

    ClueCsvResult result = parse(csv.toString());

    assertThat(result.errors()).hasSize(500).allMatch(error -> error.rule().equals("Date"));
    assertThat(result.errors().getFirst().line()).isEqualTo(3);
    assertThat(result.errors().getLast().line()).isEqualTo(1_001);
  }

  @Test
  void shouldYieldNoRowsWhenOneRowAmongGoodOnesIsBad() {
    var csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 99; i++) {
      csv.append(row("OK-" + i));
    }
    csv.append("BAD,310101,张三,,摘要,2026-01-15,-0.01\n");

    ClueCsvResult result = parse(csv.toString());

    assertThat(result.importable()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.records()).isEqualTo(100);
    assertThat(result.errors())
        .singleElement()
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(101, AMOUNT, "Amount");
  }

  @Test
  void shouldNotHoldRowsAndErrorsTogether() {
    var row = new ClueRow(2, "A", "310101", "张三", null, "摘要", TODAY, null);
    var error = ClueFileError.of(3, PARTY, "Required", "clue.value-required");

    assertThatThrownBy(() -> new ClueCsvResult(2, List.of(row), List.of(error)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a clue CSV with 1 errors must not yield rows, got 1");
  }

  // The whole file

  @Test
  void shouldReportAnEmptyFile() {
    for (String empty : List.of("", "\uFEFF", "\r\n\r\n", " , ")) {
      assertThat(parse(empty).errors())
          .as("file %s", empty)
          .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
          .containsExactly(tuple(1, null, "Empty"));
    }
  }

  @Test
  void shouldReportAHeaderWithoutRows() {
    assertThat(parse(HEADER).errors())
        .extracting(ClueFileError::column, ClueFileError::rule, ClueFileError::code)
        .containsExactly(tuple(null, "Empty", "clue.file-no-rows"));
  }

  @Test
  void shouldReportEveryProblemOfTheHeaderAndStillCheckTheRows() {
    String csv =
        "线索编号,单位代码,当事人,备注,线索摘要,线索摘要,\n" + "A-1,310101,张三,备注,摘要,摘要,\n" + "A-2,999999,张三,备注,摘要,摘要,\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(
            tuple(1, null, "UnknownColumn"),
            tuple(1, SUMMARY, "DuplicateColumn"),
            tuple(1, null, "UnknownColumn"),
            tuple(1, FOUND_ON, "MissingColumn"),
            tuple(3, UNIT_CODE, "UnknownUnit"));
    List<ClueColumn> all = List.of(ClueColumn.values());
    List<ClueColumn> optional = List.of(ID_NUMBER, AMOUNT);
    assertThat(result.errors())
        .extracting(ClueFileError::code, ClueFileError::args)
        .startsWith(
            tuple(
                "clue.column-unknown",
                Map.of(
                    "line", 1, "name", "备注", "position", 4, "columns", all, "optional", optional)),
            tuple(
                "clue.column-twice", Map.of("line", 1, "column", SUMMARY, "first", 5, "second", 6)),
            tuple(
                "clue.column-unnamed",
                Map.of("line", 1, "name", "", "position", 7, "columns", all, "optional", optional)),
            tuple("clue.column-missing", Map.of("line", 1, "column", FOUND_ON)));
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void shouldReportAFileThatIsNotUtf8AtTheLineOfTheFirstBadByte() {
    byte[] utf8 = (HEADER + row("A-1")).getBytes(StandardCharsets.UTF_8);
    byte[] gbk = row("A-2").getBytes(Charset.forName("GBK"));
    byte[] csv = new byte[utf8.length + gbk.length];
    System.arraycopy(utf8, 0, csv, 0, utf8.length);
    System.arraycopy(gbk, 0, csv, utf8.length, gbk.length);

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(tuple(3, null, "Encoding"));
    assertThat(result.errors().getFirst().code()).isEqualTo("clue.file-not-utf8");
  }

  @Test
  void shouldStopPastTheRowCapAndReportIt() {
    var parser = new ClueCsvParser(UNITS, TODAY, 3);
    String csv = HEADER + row("A-1") + row("A-2") + row("A-3") + row("A-4") + row("A-5");

    ClueCsvResult atCap =
        parser.parse((HEADER + row("A-1") + row("A-2") + row("A-3")).getBytes(UTF_8));
    ClueCsvResult pastCap = parser.parse(csv.getBytes(UTF_8));

    assertThat(atCap.errors()).isEmpty();
    assertThat(atCap.rows()).hasSize(3);
    assertThat(pastCap.rows()).isEmpty();
    assertThat(pastCap.records()).isEqualTo(3);
    assertThat(pastCap.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(tuple(5, null, "MaxRows"));
  }

  // Volume

  @Test
  void shouldParseFiftyThousandRows() {
    var csv = new StringBuilder("\uFEFF").append(HEADER);
    for (int i = 1; i <= 50_000; i++) {
      csv.append("XS-")
          .append(i)
          .append(',')
          .append(i % 3 == 0 ? "310115" : "310101")
          .append(",\"某某有限公司,第")
          .append(i)
          .append("分公司\",,\"未按规定退还\"\"保证金\"\"\",2026-01-")
          .append(String.format("%02d", i % 28 + 1))
          .append(',')
          .append(i)
          .append(".25\r\n");
    }

    ClueCsvResult result = parse(csv.toString());

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).hasSize(50_000);
    assertThat(result.rows().getLast().externalRef()).isEqualTo("XS-50000");
    assertThat(result.rows().get(31_415))
        .isEqualTo(
            new ClueRow(
                31_417,
                "XS-31416",
                "310115",
                "某某有限公司,第31416分公司",
                null,
                "未按规定退还\"保证金\"",
                LocalDate.of(2026, 1, 31_416 % 28 + 1),
                new BigDecimal("31416.25")));
  }

  @Test
  void shouldNameTheColumnOfACellWithANulOrABidiOverride() {
    String csv =
        HEADER
            + "A-1,310101,张\u0000三,,摘要,2026-01-15,\r\n"
            + "A-2,310101,李四,,摘\u202E要,2026-01-15,\r\n"
            + "A-3,310101,王五,,\"第一段\n第二段\",2026-01-15,\r\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(
            tuple(2, PARTY, ClueFileError.CONTROL_CHARACTER),
            tuple(3, SUMMARY, ClueFileError.CONTROL_CHARACTER));
    assertThat(result.errors().get(0).args())
        .containsEntry("character", "U+0000")
        .containsEntry("position", 2);
  }

  @Test
  void shouldRefuseDatesBeforeTheWindowAndKeepEveryReferenceForTheCaller() {
    var parser =
        new ClueCsvParser(UNITS, LocalDate.of(2025, 1, 1), TODAY, ClueCsvParser.DEFAULT_MAX_ROWS);
    String csv = HEADER + "A-1,310101,张三,,摘要,1900-01-01,\r\n" + "A-2,310101,李四,,摘要,2025-01-01,\r\n";

    ClueCsvResult result = parser.parse(csv.getBytes(UTF_8));

    assertThat(result.errors())
        .extracting(ClueFileError::line, ClueFileError::column, ClueFileError::rule)
        .containsExactly(tuple(2, FOUND_ON, ClueFileError.DATE_BEFORE_WINDOW));
    assertThat(result.references()).containsEntry("A-1", 2).containsEntry("A-2", 3);
  }
}
