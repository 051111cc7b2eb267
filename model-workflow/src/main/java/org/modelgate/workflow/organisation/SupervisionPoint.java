package org.modelgate.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.SupervisionPointResponse;

/** An entry of the supervision-point taxonomy (监督点); each belongs to one business line. */
@Entity
@Table(name = "mg_supervision_point")
public class SupervisionPoint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_supervision_point")
  @SequenceGenerator(
      name = "mg_supervision_point",
      sequenceName = "mg_supervision_point_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  /** Null: the configured default cap applies. */
  @Column(name = "homogeneity_cap")
  private Integer homogeneityCap;

  @Enumerated(EnumType.STRING)
  @Column(name = "business_line", nullable = false, length = 32)
  private BusinessLine businessLine;

  @Column(nullable = false)
  private boolean active = true;

  protected SupervisionPoint() {}

  public SupervisionPoint(
      String code, String name, String nameEn, BusinessLine businessLine, Integer homogeneityCap) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn;
    this.businessLine = businessLine;
    this.homogeneityCap = homogeneityCap;
  }

  /** Everything but the code, by which other systems and files name the point. */
  public void change(
      String name, String nameEn, BusinessLine businessLine, Integer homogeneityCap) {
    this.name = name;
    this.nameEn = nameEn;
    this.businessLine = businessLine;
    this.homogeneityCap = homogeneityCap;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getCode() {
    return code;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The point's own cap, or null when the configured default applies. */
  public Integer getHomogeneityCap() {
    return homogeneityCap;
  }

  /** The cap that applies to this point: its own, else {@code defaultCap}. */
  public int capOr(int defaultCap) {
    return homogeneityCap != null ? homogeneityCap : defaultCap;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BusinessLine getBusinessLine() {
    return businessLine;
  }

  public boolean isActive() {
    return active;
  }

  public SupervisionPointResponse toResponse() {
    return new SupervisionPointResponse(
        id, code, name, nameEn, businessLine, businessLine.label(), homogeneityCap, active);
  }
}
