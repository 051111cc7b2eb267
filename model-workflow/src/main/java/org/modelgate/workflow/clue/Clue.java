package org.modelgate.workflow.clue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.modelgate.api.clue.ClueChangeRequest;
import org.modelgate.api.clue.ClueRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.DocumentType;
import org.modelgate.api.clue.InvalidReason;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;

/** A clue (线索) from a model's hit list, worked by its unit. */
@Entity
@Table(name = "mg_clue")
public class Clue {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_clue")
  @SequenceGenerator(name = "mg_clue", sequenceName = "mg_clue_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "external_ref", nullable = false, length = 64)
  private String externalRef;

  @Column(nullable = false, length = 100)
  private String party;

  @Column(name = "id_number", length = 32)
  private String idNumber;

  @Column(nullable = false, length = 2000)
  private String summary;

  @Column(name = "found_on", nullable = false)
  private LocalDate foundOn;

  @Column(precision = 14, scale = 2)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ClueStatus status = ClueStatus.NEW;

  @Enumerated(EnumType.STRING)
  @Column(name = "invalid_reason", length = 32)
  private InvalidReason invalidReason;

  @Column(name = "case_reference", length = 64)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", length = 32)
  private DocumentType documentType;

  @Column(name = "recovered_amount", precision = 14, scale = 2)
  private BigDecimal recoveredAmount;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected Clue() {}

  Clue(SupervisionModel model, Unit unit, ClueRequest request, UserAccount createdBy, Instant now) {
    this.model = model;
    this.unit = unit;
    this.externalRef = request.externalRef().strip();
    this.party = request.party().strip();
    this.idNumber =
        request.idNumber() == null || request.idNumber().isBlank()
            ? null
            : request.idNumber().strip();
    this.summary = request.summary().strip();
    this.foundOn = request.foundOn();
    this.amount = request.amount();
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void advance(ClueChangeRequest change, Instant now) {
    this.status = change.status();
    switch (change.status()) {
      case VERIFIED_INVALID -> this.invalidReason = change.invalidReason();
      case CASE_FORMED -> this.caseReference = change.caseReference().strip();
      case DOCUMENT_ISSUED -> this.documentType = change.documentType();
      case ADOPTED -> this.recoveredAmount = change.recoveredAmount();
      default -> {}
    }
    this.updatedAt = now;
  }

  public ClueStatus getStatus() {
    return status;
  }

  /** The full identity number, for its unit's staff and the digital office, audited. */
  String getIdNumber() {
    return idNumber;
  }

  /**
   * Keeps the first four and the last four characters of an identity number and masks the rest, so
   * that a reader can tell persons apart without reading their numbers; short values keep only
   * their last character.
   */
  static String mask(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    int length = value.codePointCount(0, value.length());
    int[] points = value.codePoints().toArray();
    int keepStart = length >= 12 ? 4 : 0;
    int keepEnd = length >= 12 ? 4 : 1;
    StringBuilder masked = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (i < keepStart || i >= length - keepEnd) {
        masked.appendCodePoint(points[i]);
      } else {
        masked.append('*');
      }
    }
    return masked.toString();
  }

  public String getExternalRef() {
    return externalRef;
  }

  public Unit getUnit() {
    return unit;
  }

  public SupervisionModel getModel() {
    return model;
  }

  /**
   * The clue with its identity number masked (3401**********1234); {@code revealable} says whether
   * the caller may ask for the full number.
   */
  ClueResponse toResponse(boolean revealable) {
    return new ClueResponse(
        id,
        model.getId(),
        unit.getId(),
        unit.getName(),
        externalRef,
        party,
        mask(idNumber),
        summary,
        foundOn,
        amount,
        status,
        status.label(),
        invalidReason,
        caseReference,
        documentType,
        recoveredAmount,
        updatedAt,
        revealable);
  }
}
