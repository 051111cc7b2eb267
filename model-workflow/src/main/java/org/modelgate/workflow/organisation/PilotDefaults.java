package org.modelgate.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.modelgate.api.organisation.PilotDefaultsResponse;

/** The one row of default pilot thresholds that new pilot plans start from. */
@Entity
@Table(name = "mg_pilot_defaults")
public class PilotDefaults {

  /** The id of the only row, inserted by the migration. */
  public static final int ROW = 1;

  @Id private Integer id;

  @Column(name = "min_valid_rate", nullable = false, precision = 5, scale = 4)
  private BigDecimal minValidRate;

  @Column(name = "min_cases_formed", nullable = false)
  private int minCasesFormed;

  @Column(name = "min_clues_for_judgement", nullable = false)
  private int minCluesForJudgement;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  protected PilotDefaults() {}

  public void change(
      BigDecimal minValidRate,
      int minCasesFormed,
      int minCluesForJudgement,
      String updatedBy,
      Instant updatedAt) {
    this.minValidRate = minValidRate;
    this.minCasesFormed = minCasesFormed;
    this.minCluesForJudgement = minCluesForJudgement;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public PilotDefaultsResponse toResponse() {
    return new PilotDefaultsResponse(minValidRate, minCasesFormed, minCluesForJudgement);
  }

  @Override
  public String toString() {
    return "minValidRate="
        + minValidRate
        + "; minCasesFormed="
        + minCasesFormed
        + "; minCluesForJudgement="
        + minCluesForJudgement;
  }
}
