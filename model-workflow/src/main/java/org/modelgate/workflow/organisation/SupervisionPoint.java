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

  @Enumerated(EnumType.STRING)
  @Column(name = "business_line", nullable = false, length = 32)
  private BusinessLine businessLine;

  @Column(nullable = false)
  private boolean active = true;

  protected SupervisionPoint() {}

  public SupervisionPoint(String code, String name, BusinessLine businessLine) {
    this.code = code;
    this.name = name;
    this.businessLine = businessLine;
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
    return new SupervisionPointResponse(id, code, name, businessLine, businessLine.label());
  }
}
