package org.modelgate.api.organisation;

import org.modelgate.api.common.Labels;

/**
 * The six procuratorial business lines, one per department of the municipal procuratorate. Their
 * names for people are in the {@link Labels} bundle, in Chinese and English.
 */
public enum BusinessLine {
  GENERAL_CRIMINAL,
  ECONOMIC_DUTY_CRIME,
  CRIMINAL_EXECUTION,
  CIVIL,
  ADMINISTRATIVE,
  PUBLIC_INTEREST;

  /** The Chinese name, e.g. 民事检察. */
  public String label() {
    return Labels.of(this);
  }
}
