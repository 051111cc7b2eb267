package org.modelgate.api.organisation;

import org.modelgate.api.common.Labels;

/** The six procuratorial business lines, one per department of the municipal procuratorate. */
public enum BusinessLine {
  GENERAL_CRIMINAL,
  ECONOMIC_DUTY_CRIME,
  CRIMINAL_EXECUTION,
  CIVIL,
  ADMINISTRATIVE,
  PUBLIC_INTEREST;

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
