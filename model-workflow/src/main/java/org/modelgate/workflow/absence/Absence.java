package org.modelgate.workflow.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * A person's absence for a range of days (Asia/Shanghai, both ends included) and the substitute who
 * stands in meanwhile. Only its end may move, when the absent person comes back early.
 */
@Entity
@Table(name = "mg_absence")
public class Absence {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_absence")
  @SequenceGenerator(name = "mg_absence", sequenceName = "mg_absence_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "absent_id")
  private UserAccount absent;

  @ManyToOne(optional = false)
  @JoinColumn(name = "substitute_id")
  private UserAccount substitute;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(length = 500)
  private String reason;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Absence() {}

  public Absence(
      UserAccount absent,
      UserAccount substitute,
      LocalDate startsOn,
      LocalDate endsOn,
      String reason,
      UserAccount createdBy,
      Instant createdAt) {
    this.absent = absent;
    this.substitute = substitute;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAbsent() {
    return absent;
  }

  public UserAccount getSubstitute() {
    return substitute;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getReason() {
    return reason;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Whether the absence runs on {@code day}. */
  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** Ends the absence earlier, on {@code lastDay}: the absent person is back. */
  void endOn(LocalDate lastDay) {
    this.endsOn = lastDay;
  }

  /** The days away as a range, for the rules. */
  AbsenceRules.Days days() {
    return new AbsenceRules.Days(startsOn, endsOn);
  }
}
