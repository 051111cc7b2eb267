package org.modelgate.api.clue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelgate.api.common.Labels;

/**
 * The columns of a clue file. A file's header names each column by its name for people, in Chinese
 * or in English ({@link Labels}, key {@code ClueColumn.<CONSTANT>}); columns may come in any order,
 * and the optional ones may be left out of the file altogether.
 */
public enum ClueColumn {
  EXTERNAL_REF(true),
  UNIT_CODE(true),
  PARTY(true),
  ID_NUMBER(false),
  SUMMARY(true),
  FOUND_ON(true),
  AMOUNT(false);

  private final boolean required;

  ClueColumn(boolean required) {
    this.required = required;
  }

  /** Whether the column must be in the file and every row must have a value in it. */
  public boolean required() {
    return required;
  }

  /** The columns a file may leave out. */
  public static List<ClueColumn> optional() {
    return Arrays.stream(values()).filter(column -> !column.required).toList();
  }

  /** The column a header cell names: its Chinese name exactly, or its English name in any case. */
  public static Optional<ClueColumn> byHeader(String header) {
    return Arrays.stream(values())
        .filter(
            column ->
                Labels.of(column, Labels.DEFAULT).equals(header)
                    || Labels.of(column, Locale.ENGLISH).equalsIgnoreCase(header))
        .findFirst();
  }
}
