package org.modelgate.workflow.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  static List<CsvReader.Record> read(String csv) throws IOException {
    var reader = new CsvReader(new StringReader(csv));
    List<CsvReader.Record> records = new ArrayList<>();
    for (var record = reader.next(); record != null; record = reader.next()) {
      records.add(record);
    }
    return records;
  }

  @Test
  void shouldSplitOnCommasAndAnyLineBreak() throws IOException {
    var records = read("a,b\r\nc,d\ne,f\rg,h");

    assertThat(records)
        .extracting(CsvReader.Record::fields)
        .containsExactly(
            List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
    assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void shouldKeepEmptyFieldsIncludingATrailingOne() throws IOException {
    assertThat(read(",x,,\n").getFirst().fields()).containsExactly("", "x", "", "");
  }

  @Test
  void shouldReadQuotedCommasDoubledQuotesAndLineBreaks() throws IOException {
    var records = read("\"甲,乙\",\"说\"\"好\"\"\",\"一\r\n二\n三\"\nnext,\"\"\n");

    assertThat(records.getFirst().fields()).containsExactly("甲,乙", "说\"好\"", "一\n二\n三");
    assertThat(records.getFirst().problem()).isNull();
    assertThat(records.get(1).fields()).containsExactly("next", "");
    assertThat(records.get(1).line()).isEqualTo(4);
  }

  @Test
  void shouldSkipEmptyLinesButCountThem() throws IOException {
    var records = read("a\n\r\n\nb\n\n");

    assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 4);
  }

  @Test
  void shouldKeepAQuoteInsideAnUnquotedFieldAsText() throws IOException {
    assertThat(read("公司\"甲\",b").getFirst().fields()).containsExactly("公司\"甲\"", "b");
  }

  @Test
  void shouldFlagTextAfterAClosingQuoteAndGoOn() throws IOException {
    var records = read("\"ab\"cd,e\nf,g\n");

    assertThat(records.getFirst().problem()).isEqualTo(CsvReader.Problem.TEXT_AFTER_QUOTE);
    assertThat(records.getFirst().fields()).containsExactly("abcd", "e");
    assertThat(records.get(1).problem()).isNull();
  }

  @Test
  void shouldFlagAQuoteLeftOpenAtTheEnd() throws IOException {
    var records = read("a,b\n\"open,c\nd\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(1).problem()).isEqualTo(CsvReader.Problem.UNCLOSED_QUOTE);
  }

  @Test
  void shouldSkipAByteOrderMarkOnlyAtTheStart() throws IOException {
    assertThat(read("\uFEFF\"a\",b").getFirst().fields()).containsExactly("a", "b");
    assertThat(read("")).isEmpty();
    assertThat(read("\uFEFF")).isEmpty();
  }
}
