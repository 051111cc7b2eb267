package org.modelgate.workflow.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.FieldViolation;

class CsvRecordsTest {

  static List<CsvRecords.Record> read(byte[] csv)
      throws IOException, CsvRecords.UnreadableException {
    List<CsvRecords.Record> records = new ArrayList<>();
    try (var reader = new CsvRecords(new ByteArrayInputStream(csv))) {
      for (var record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }

  static List<CsvRecords.Record> read(String csv) throws Exception {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  static CsvProblem unreadable(byte[] csv) {
    return catchThrowableOfType(CsvRecords.UnreadableException.class, () -> read(csv)).problem();
  }

  @Test
  void shouldSplitOnCommasAndAnyLineBreakNamingTheLineOfEachRecord() throws Exception {
    var records = read("a,b\r\nc,d\ne,f\rg,h");

    assertThat(records)
        .extracting(CsvRecords.Record::fields)
        .containsExactly(
            List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
    assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void shouldReadQuotedCommasDoubledQuotesAndLineBreaksAndCountTheLines() throws Exception {
    var records = read("\"甲,乙\",\"说\"\"好\"\"\",\"一\r\n二\n三\"\n\nnext,\"\"\n");

    assertThat(records.getFirst().fields()).containsExactly("甲,乙", "说\"好\"", "一\r\n二\n三");
    assertThat(records.get(1).fields()).containsExactly("next", "");
    assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 5);
  }

  @Test
  void shouldSkipTheByteOrderMarkAndEmptyLines() throws Exception {
    var records = read("\uFEFFcode,name\n\n\r\nXC,宣城\n");

    assertThat(records.getFirst().fields()).containsExactly("code", "name");
    assertThat(records.get(1).line()).isEqualTo(4);
  }

  @Test
  void shouldKeepRaggedRecordsForTheCallerToJudge() throws Exception {
    assertThat(read("a,b\n1\n1,2,3\n")).extracting(r -> r.fields().size()).containsExactly(2, 1, 3);
  }

  @Test
  void shouldStopAtBrokenQuotingNamingTheLineWhereTheRecordStarts() {
    CsvProblem unclosed = unreadable("a,b\n1,2\n3,\"x\n4,5\n".getBytes(StandardCharsets.UTF_8));
    CsvProblem textAfterQuote = unreadable("a,b\n1,2\n3,\"x\"y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(unclosed)
        .extracting(CsvProblem::line, CsvProblem::column, CsvProblem::rule, CsvProblem::code)
        .containsExactly(3, CsvProblem.ROW, CsvProblem.QUOTE, "csv.quote");
    assertThat(textAfterQuote.line()).isEqualTo(3);
  }

  @Test
  void shouldStopAtTheFirstByteThatIsNotUtf8NamingItsLine() throws IOException {
    var gbk = new ByteArrayOutputStream();
    gbk.write("code,name\nXC,ok\nXZ,".getBytes(StandardCharsets.UTF_8));
    gbk.write("宣州\n".getBytes(Charset.forName("GBK")));
    var atLineStart = new ByteArrayOutputStream();
    atLineStart.write("code,name\n".getBytes(StandardCharsets.UTF_8));
    atLineStart.write("宣州,x\n".getBytes(Charset.forName("GBK")));

    assertThat(unreadable(gbk.toByteArray()))
        .extracting(CsvProblem::line, CsvProblem::column, CsvProblem::code)
        .containsExactly(3, CsvProblem.FILE, "csv.encoding");
    assertThat(unreadable(atLineStart.toByteArray()).line()).isEqualTo(2);
    assertThat(unreadable("宣城".getBytes(Charset.forName("GBK"))).line()).isEqualTo(1);
  }

  @Test
  void shouldNameAProblemAsAFieldPathWithTheLineAndColumnAmongTheArguments() {
    FieldViolation cell =
        CsvProblem.of(3, "code", "Duplicate", "reference.duplicate-code", "code", "GC-09")
            .toViolation();
    FieldViolation row = CsvProblem.of(4, CsvProblem.ROW, "Quote", "csv.quote").toViolation();
    FieldViolation file = CsvProblem.of(1, CsvProblem.FILE, "Empty", "csv.empty").toViolation();

    assertThat(cell.field()).isEqualTo("lines[3].code");
    assertThat(cell.args()).containsEntry("line", 3).containsEntry("column", "code");
    assertThat(cell.args()).containsEntry("code", "GC-09");
    assertThat(cell.message()).isNull();
    assertThat(row.field()).isEqualTo("lines[4]");
    assertThat(file.field()).isEqualTo("file");
  }

  @Test
  void shouldFindControlAndBidirectionalCharacters() {
    assertThat(CsvCells.controlCharacter("ab\u0000c", false)).isEqualTo(2);
    assertThat(CsvCells.controlCharacter("单位\u202E", false)).isEqualTo(2);
    assertThat(CsvCells.controlCharacter("一\n二\t", true)).isEqualTo(-1);
    assertThat(CsvCells.controlCharacter("一\n二", false)).isEqualTo(1);
  }
}
