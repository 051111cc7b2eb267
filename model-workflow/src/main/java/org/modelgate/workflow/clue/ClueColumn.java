package org.modelgate.workflow.clue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a clue CSV, named by their Chinese header. Columns may come in any order; the
 * optional ones may be left out of the file altogether.
 */
public enum ClueColumn {
  EXTERNAL_REF("线索编号", true),
  UNIT_CODE("单位代码", true),
  PARTY("当事人", true),
  ID_NUMBER("证件号码", false),
  SUMMARY("线索摘要", true),
  DISCOVERED_ON("发现日期", true),
  AMOUNT("涉及金额", false);

  private final String header;
  private final boolean required;

  ClueColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The header name in the file, also the {@code field} of a {@link RowError}. */
  public String header() {
    return header;
  }

  /** Whether the column must be in the file and every row must have a value in it. */
  public boolean required() {
    return required;
  }

  /** The column with this header name, exactly as written. */
  public static Optional<ClueColumn> byHeader(String header) {
    return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
  }
}
