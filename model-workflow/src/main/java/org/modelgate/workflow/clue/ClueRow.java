package org.modelgate.workflow.clue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One valid row of a clue CSV, trimmed and typed.
 *
 * @param line the 1-based line of the file where the row starts, for messages after the parse (e.g.
 *     a reference already imported)
 * @param externalRef 线索编号, unique within the file
 * @param unitCode 单位代码, one of the allowed units
 * @param party 当事人
 * @param idNumber 证件号码, digits and upper-case X; {@code null} when not given
 * @param summary 线索摘要
 * @param foundOn 发现日期, not after the day of the parse
 * @param amount 涉及金额 in CNY with scale 2; {@code null} when not given
 */
public record ClueRow(
    int line,
    String externalRef,
    String unitCode,
    String party,
    String idNumber,
    String summary,
    LocalDate foundOn,
    BigDecimal amount) {

  public ClueRow {
    Objects.requireNonNull(externalRef, "externalRef");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(foundOn, "foundOn");
  }
}
