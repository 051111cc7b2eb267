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
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.organisation.UnitResponse;

/** A unit of the organisation (DESIGN §2). Every user belongs to exactly one. */
@Entity
@Table(name = "mg_unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_unit")
  @SequenceGenerator(name = "mg_unit", sequenceName = "mg_unit_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UnitKind kind;

  @Column(name = "parent_id")
  private Long parentId;

  /** Staff of a city-wide unit (the Digital Procuratorate Office) act for every unit. */
  @Column(name = "city_wide", nullable = false)
  private boolean cityWide;

  protected Unit() {}

  public Unit(
      String code, String name, String nameEn, UnitKind kind, Long parentId, boolean cityWide) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn;
    this.kind = kind;
    this.parentId = parentId;
    this.cityWide = cityWide;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public Long getParentId() {
    return parentId;
  }

  /** Renames or moves the unit; the code, by which other systems name it, stays. */
  public void change(String name, String nameEn, UnitKind kind, Long parentId, boolean cityWide) {
    this.name = name;
    this.nameEn = nameEn;
    this.kind = kind;
    this.parentId = parentId;
    this.cityWide = cityWide;
  }

  public boolean isCityWide() {
    return cityWide;
  }

  public UnitResponse toResponse() {
    return new UnitResponse(id, code, name, nameEn, kind, parentId, cityWide);
  }
}
