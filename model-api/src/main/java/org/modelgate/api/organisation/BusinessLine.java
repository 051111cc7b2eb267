package org.modelgate.api.organisation;

/** The six procuratorial business lines, one per department of the municipal procuratorate. */
public enum BusinessLine {
  GENERAL_CRIMINAL("普通刑事犯罪检察"),
  ECONOMIC_DUTY_CRIME("经济犯罪和职务犯罪检察"),
  CRIMINAL_EXECUTION("刑事执行检察"),
  CIVIL("民事检察"),
  ADMINISTRATIVE("行政检察"),
  PUBLIC_INTEREST("公益诉讼检察");

  private final String label;

  BusinessLine(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
