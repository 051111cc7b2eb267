package org.modelgate.api.review;

import org.modelgate.api.common.Labels;

/** The four scored criteria of a review (DESIGN §4), each named in the API by its {@link #key}. */
public enum ReviewCriterion {
  NECESSITY("necessity"),
  FEASIBILITY("feasibility"),
  CLUE_ACCURACY("clueAccuracy"),
  PROMOTION_VALUE("promotionValue");

  private final String key;

  ReviewCriterion(String key) {
    this.key = key;
  }

  /** The name of the review's score field, e.g. {@code clueAccuracy}. */
  public String key() {
    return key;
  }

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }
}
