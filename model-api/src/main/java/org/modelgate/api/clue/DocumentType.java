package org.modelgate.api.clue;

/** The procuratorial documents a clue may lead to. */
public enum DocumentType {
  PROTEST("抗诉书"),
  RETRIAL_RECOMMENDATION("再审检察建议"),
  PROCURATORIAL_RECOMMENDATION("检察建议"),
  CORRECTION_NOTICE("纠正违法通知书"),
  PUBLIC_INTEREST_SUIT("公益诉讼起诉书"),
  OTHER("其他文书");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
