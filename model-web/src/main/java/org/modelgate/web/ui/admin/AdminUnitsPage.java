package org.modelgate.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.modelgate.api.administration.AdministrationService;
import org.modelgate.api.administration.UnitOverviewResponse;
import org.modelgate.api.administration.UnitRequest;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.web.ui.Feedback;

/**
 * Units: the list with the number of users each, and a dialog to create a unit or rename and move
 * one. A unit's code is fixed once created, so the dialog shows it read-only when changing.
 */
@Named
@ViewScoped
public class AdminUnitsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdministrationService administration;

  private List<UnitOverviewResponse> units;

  /** The unit in the dialog: null while creating one. */
  private Long editingId;

  private String code;
  private String name;
  private String nameEn;
  private UnitKind kind;
  private Long parentId;
  private boolean cityWide;

  /** Loads the units; a caller who is no administrator gets the access-denied page here. */
  public void load() {
    units = Feedback.load(administration::units).orElse(List.of());
  }

  public void startCreate() {
    editingId = null;
    code = null;
    name = null;
    nameEn = null;
    kind = UnitKind.DEPARTMENT;
    parentId = null;
    cityWide = false;
  }

  public void startEdit(UnitOverviewResponse unit) {
    editingId = unit.id();
    code = unit.code();
    name = unit.name();
    nameEn = unit.nameEn();
    kind = unit.kind();
    parentId = unit.parentId();
    cityWide = unit.cityWide();
  }

  public void save() {
    UnitRequest request = new UnitRequest(code, name, nameEn, kind, parentId, cityWide);
    boolean saved =
        editingId == null
            ? Feedback.run(() -> administration.createUnit(request), "admin.units.created", name)
            : Feedback.run(
                () -> administration.changeUnit(editingId, request), "admin.units.changed", name);
    if (saved) {
      load();
    }
  }

  public boolean isCreating() {
    return editingId == null;
  }

  /** The units that may sit above the one in the dialog (not itself). */
  public List<UnitOverviewResponse> getParents() {
    return units.stream().filter(unit -> !Long.valueOf(unit.id()).equals(editingId)).toList();
  }

  public List<UnitKind> getKinds() {
    return List.of(UnitKind.values());
  }

  public List<UnitOverviewResponse> getUnits() {
    return units;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public boolean isCityWide() {
    return cityWide;
  }

  public void setCityWide(boolean cityWide) {
    this.cityWide = cityWide;
  }
}
