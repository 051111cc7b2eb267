package org.modelgate.workflow.clue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClueCsvParserTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Set<String> UNITS = Set.of("310101", "310104", "310115");
  static final String HEADER = "线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\r\n";

  static final ClueCsvParser PARSER =
      new ClueCsvParser(UNITS, TODAY, ClueCsvParser.DEFAULT_MAX_ROWS);

  static ClueCsvResult parse(String csv) throws IOException {
    return parse(csv.getBytes(StandardCharsets.UTF_8));
  }

  static ClueCsvResult parse(byte[] csv) throws IOException {
    return PARSER.parse(new ByteArrayInputStream(csv));
  }

  static String row(String ref) {
    return ref + ",310101,张三,11010519491231002X,未按规定退还保证金,2026-01-15,1234.5\r\n";
  }

  // Good files

  @Test
  void shouldReadAGoodFileWithChineseTextQuotedFieldsAndAByteOrderMark() throws IOException {
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
  void shouldAcceptColumnsInAnyOrderWithoutTheOptionalOnes() throws IOException {
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
  void shouldAcceptValuesExactlyAtTheirLimits() throws IOException {
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
  void shouldReportEachBrokenRuleAtItsLineAndField() throws IOException {
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
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(
            tuple(3, "线索编号", "Required"),
            tuple(4, "单位代码", "Required"),
            tuple(5, "当事人", "Required"),
            tuple(6, "线索摘要", "Required"),
            tuple(7, "发现日期", "Required"),
            tuple(8, "线索编号", "MaxLength"),
            tuple(9, "当事人", "MaxLength"),
            tuple(10, "证件号码", "MaxLength"),
            tuple(11, "线索摘要", "MaxLength"),
            tuple(12, "证件号码", "Pattern"),
            tuple(13, "单位代码", "UnknownUnit"),
            tuple(14, "线索编号", "Duplicate"),
            tuple(15, "发现日期", "Date"),
            tuple(16, "发现日期", "Date"),
            tuple(17, "发现日期", "FutureDate"),
            tuple(18, "涉及金额", "Amount"),
            tuple(19, "涉及金额", "Amount"),
            tuple(20, "涉及金额", "Amount"),
            tuple(21, "涉及金额", "Amount"),
            tuple(22, "涉及金额", "Amount"),
            tuple(23, "row", "ColumnCount"),
            tuple(24, "row", "Quote"));
    assertThat(result.rows()).isEmpty();
    assertThat(result.records()).isEqualTo(23);
  }

  @Test
  void shouldReportEveryProblemOfOneRow() throws IOException {
    ClueCsvResult result = parse(HEADER + ",999999,,12#,,明天,many\n");

    assertThat(result.errors())
        .extracting(RowError::field, RowError::rule)
        .containsExactly(
            tuple("线索编号", "Required"),
            tuple("单位代码", "UnknownUnit"),
            tuple("当事人", "Required"),
            tuple("证件号码", "Pattern"),
            tuple("线索摘要", "Required"),
            tuple("发现日期", "Date"),
            tuple("涉及金额", "Amount"));
  }

  @Test
  void shouldNameTheValueInChineseMessages() throws IOException {
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

    List<String> messages = parse(csv).errors().stream().map(RowError::message).toList();

    assertThat(messages)
        .containsExactly(
            "单位代码“310999”不是本次可导入线索的单位",
            "线索编号“XS-1”与第 2 行重复",
            "发现日期“2026-03-03”晚于今天（2026-03-02）",
            "涉及金额“12.345”最多保留两位小数，应为以元为单位的金额，如 12345.67",
            "线索摘要“" + "长".repeat(20) + "…”有 2001 个字符，超过 2000 个字符的上限");
  }

  @Test
  void shouldReportAQuoteLeftOpenAtTheLineWhereItsRecordStarts() throws IOException {
    ClueCsvResult result =
        parse(HEADER + row("A-1") + "A-2,310101,\"张三,,摘要,2026-01-15,\n" + row("A-3"));

    assertThat(result.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(tuple(3, "row", "Quote"));
  }

  // Many errors, and all-or-nothing

  @Test
  void shouldReportEveryBadRowOfAFile() throws IOException {
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
  void shouldYieldNoRowsWhenOneRowAmongGoodOnesIsBad() throws IOException {
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
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(101, "涉及金额", "Amount");
  }

  @Test
  void shouldNotHoldRowsAndErrorsTogether() {
    var row = new ClueRow(2, "A", "310101", "张三", null, "摘要", TODAY, null);
    var error = new RowError(3, "当事人", "Required", "当事人不能为空");

    assertThatThrownBy(() -> new ClueCsvResult(2, List.of(row), List.of(error)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a clue CSV with 1 errors must not yield rows, got 1");
  }

  // The whole file

  @Test
  void shouldReportAnEmptyFile() throws IOException {
    for (String empty : List.of("", "\uFEFF", "\r\n\r\n", " , ")) {
      assertThat(parse(empty).errors())
          .as("file %s", empty)
          .extracting(RowError::line, RowError::field, RowError::rule)
          .containsExactly(tuple(1, "file", "Empty"));
    }
  }

  @Test
  void shouldReportAHeaderWithoutRows() throws IOException {
    assertThat(parse(HEADER).errors())
        .extracting(RowError::field, RowError::rule, RowError::message)
        .containsExactly(tuple("file", "Empty", "文件只有表头，没有线索数据"));
  }

  @Test
  void shouldReportEveryProblemOfTheHeaderAndStillCheckTheRows() throws IOException {
    String csv =
        "线索编号,单位代码,当事人,备注,线索摘要,线索摘要,\n" + "A-1,310101,张三,备注,摘要,摘要,\n" + "A-2,999999,张三,备注,摘要,摘要,\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(
            tuple(1, "file", "UnknownColumn"),
            tuple(1, "file", "DuplicateColumn"),
            tuple(1, "file", "UnknownColumn"),
            tuple(1, "file", "MissingColumn"),
            tuple(3, "单位代码", "UnknownUnit"));
    assertThat(result.errors())
        .extracting(RowError::message)
        .startsWith(
            "未知的列“备注”（第 4 列）；只允许这些列：线索编号、单位代码、当事人、证件号码（可选）、线索摘要、发现日期、涉及金额（可选）",
            "列“线索摘要”出现了两次（第 5 列和第 6 列）",
            "第 7 列没有列名；只允许这些列：线索编号、单位代码、当事人、证件号码（可选）、线索摘要、发现日期、涉及金额（可选）",
            "缺少必填列“发现日期”");
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void shouldReportAFileThatIsNotUtf8AtTheLineOfTheFirstBadByte() throws IOException {
    byte[] utf8 = (HEADER + row("A-1")).getBytes(StandardCharsets.UTF_8);
    byte[] gbk = row("A-2").getBytes(Charset.forName("GBK"));
    byte[] csv = new byte[utf8.length + gbk.length];
    System.arraycopy(utf8, 0, csv, 0, utf8.length);
    System.arraycopy(gbk, 0, csv, utf8.length, gbk.length);

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(tuple(3, "file", "Encoding"));
    assertThat(result.errors().getFirst().message()).contains("UTF-8", "第 3 行");
  }

  @Test
  void shouldStopPastTheRowCapAndReportIt() throws IOException {
    var parser = new ClueCsvParser(UNITS, TODAY, 3);
    String csv = HEADER + row("A-1") + row("A-2") + row("A-3") + row("A-4") + row("A-5");

    ClueCsvResult atCap =
        parser.parse(
            new ByteArrayInputStream(
                (HEADER + row("A-1") + row("A-2") + row("A-3")).getBytes(StandardCharsets.UTF_8)));
    ClueCsvResult pastCap =
        parser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(atCap.errors()).isEmpty();
    assertThat(atCap.rows()).hasSize(3);
    assertThat(pastCap.rows()).isEmpty();
    assertThat(pastCap.records()).isEqualTo(3);
    assertThat(pastCap.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(tuple(5, "file", "MaxRows"));
  }

  // Volume

  @Test
  void shouldParseFiftyThousandRows() throws IOException {
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
  void shouldNameTheColumnOfACellWithANulOrABidiOverride() throws IOException {
    String csv =
        HEADER
            + "A-1,310101,张\u0000三,,摘要,2026-01-15,\r\n"
            + "A-2,310101,李四,,摘\u202E要,2026-01-15,\r\n"
            + "A-3,310101,王五,,\"第一段\n第二段\",2026-01-15,\r\n";

    ClueCsvResult result = parse(csv);

    assertThat(result.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(
            tuple(2, "当事人", RowError.CONTROL_CHARACTER),
            tuple(3, "线索摘要", RowError.CONTROL_CHARACTER));
    assertThat(result.errors().get(0).message()).contains("U+0000");
  }

  @Test
  void shouldRefuseDatesBeforeTheWindowAndKeepEveryReferenceForTheCaller() throws IOException {
    var parser =
        new ClueCsvParser(UNITS, LocalDate.of(2025, 1, 1), TODAY, ClueCsvParser.DEFAULT_MAX_ROWS);
    String csv = HEADER + "A-1,310101,张三,,摘要,1900-01-01,\r\n" + "A-2,310101,李四,,摘要,2025-01-01,\r\n";

    ClueCsvResult result = parser.parse(new ByteArrayInputStream(csv.getBytes(UTF_8)));

    assertThat(result.errors())
        .extracting(RowError::line, RowError::field, RowError::rule)
        .containsExactly(tuple(2, "发现日期", RowError.DATE_BEFORE_WINDOW));
    assertThat(result.references()).containsEntry("A-1", 2).containsEntry("A-2", 3);
  }
}
