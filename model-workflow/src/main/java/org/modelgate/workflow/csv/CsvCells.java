package org.modelgate.workflow.csv;

/** Checks of single cell values that every import makes. */
public final class CsvCells {

  private CsvCells() {}

  /**
   * The index of the first character a cell may not hold, or -1: C0 and C1 control characters (tab
   * and line breaks allowed in {@code multiLine} text), and the bidirectional embeddings, overrides
   * and isolates that can make a displayed name lie.
   */
  public static int controlCharacter(String value, boolean multiLine) {
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
}
