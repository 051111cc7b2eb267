package org.modelgate.web.ui.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.modelgate.api.administration.AdministrationService;
import org.modelgate.api.administration.PilotDefaultsRequest;
import org.modelgate.api.administration.ReferenceImportResponse;
import org.modelgate.api.administration.SupervisionPointOverviewResponse;
import org.modelgate.api.administration.SupervisionPointRequest;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.PilotDefaultsResponse;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * Reference data: the supervision points (create, rename, cap, deactivate or delete when unused),
 * the default pilot thresholds, and the CSV import of units and points (all or nothing, every bad
 * row listed).
 */
@Named
@ViewScoped
public class AdminReferencePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One problem of an uploaded file. */
  public record RowProblem(Integer line, String field, String rule, String message)
      implements Serializable {}

  @Inject AdministrationService administration;
  @Inject OrganisationService organisation;

  private List<SupervisionPointOverviewResponse> points;

  /** The point in the dialog: null while creating one. */
  private Long editingId;

  private String code;
  private String name;
  private String nameEn;
  private BusinessLine businessLine;
  private Integer homogeneityCap;

  private BigDecimal minValidRatePercent;
  private Integer minCasesFormed;
  private Integer minCluesForJudgement;

  private String importedFile;
  private ReferenceImportResponse imported;
  private List<RowProblem> rowProblems = List.of();

  /** Loads the points and the defaults; a caller who is no administrator gets the denied page. */
  public void load() {
    points = Feedback.load(administration::supervisionPoints).orElse(null);
    if (points == null) {
      points = List.of();
      return;
    }
    PilotDefaultsResponse defaults = organisation.pilotDefaults();
    minValidRatePercent =
        defaults.minValidRate().multiply(new BigDecimal("100")).setScale(2, RoundingMode.HALF_UP);
    minCasesFormed = defaults.minCasesFormed();
    minCluesForJudgement = defaults.minCluesForJudgement();
  }

  private void reloadPoints() {
    points = Feedback.load(administration::supervisionPoints).orElse(List.of());
  }

  // Supervision points

  public void startCreate() {
    editingId = null;
    code = null;
    name = null;
    nameEn = null;
    businessLine = BusinessLine.GENERAL_CRIMINAL;
    homogeneityCap = null;
  }

  public void startEdit(SupervisionPointOverviewResponse point) {
    editingId = point.id();
    code = point.code();
    name = point.name();
    nameEn = point.nameEn();
    businessLine = point.businessLine();
    homogeneityCap = point.homogeneityCap();
  }

  public void save() {
    SupervisionPointRequest request =
        new SupervisionPointRequest(code, name, nameEn, businessLine, homogeneityCap);
    boolean saved =
        editingId == null
            ? Feedback.run(
                () -> administration.createSupervisionPoint(request),
                "admin.reference.pointCreated",
                name)
            : Feedback.run(
                () -> administration.changeSupervisionPoint(editingId, request),
                "admin.reference.pointChanged",
                name);
    if (saved) {
      reloadPoints();
    }
  }

  public void deactivate(SupervisionPointOverviewResponse point) {
    if (Feedback.run(
        () -> administration.deactivateSupervisionPoint(point.id()),
        "admin.reference.pointDeactivated",
        point.name())) {
      reloadPoints();
    }
  }

  public void activate(SupervisionPointOverviewResponse point) {
    if (Feedback.run(
        () -> administration.activateSupervisionPoint(point.id()),
        "admin.reference.pointActivated",
        point.name())) {
      reloadPoints();
    }
  }

  public void delete(SupervisionPointOverviewResponse point) {
    if (Feedback.run(
        () -> administration.deleteSupervisionPoint(point.id()),
        "admin.reference.pointDeleted",
        point.name())) {
      reloadPoints();
    }
  }

  // Pilot defaults

  public void saveDefaults() {
    BigDecimal rate =
        minValidRatePercent == null
            ? null
            : minValidRatePercent.divide(new BigDecimal("100"), 4, RoundingMode.HALF_UP);
    Feedback.run(
        () ->
            administration.changePilotDefaults(
                new PilotDefaultsRequest(rate, minCasesFormed, minCluesForJudgement)),
        "admin.reference.defaultsSaved");
  }

  // Imports

  public void uploadUnits(FileUploadEvent event) {
    upload(event, administration::importUnits);
  }

  public void uploadPoints(FileUploadEvent event) {
    upload(event, administration::importSupervisionPoints);
    reloadPoints();
  }

  private void upload(FileUploadEvent event, Function<byte[], ReferenceImportResponse> importer) {
    importedFile = event.getFile().getFileName();
    imported = null;
    rowProblems = List.of();
    byte[] content = event.getFile().getContent();
    try {
      imported = importer.apply(content);
    } catch (InvalidInputException refused) {
      List<RowProblem> problems = new ArrayList<>();
      for (FieldViolation violation : refused.violations()) {
        // A file's problem names its line and column among the arguments.
        Object line = violation.args().get("line");
        Object column = violation.args().get("column");
        problems.add(
            new RowProblem(
                line instanceof Integer number ? number : null,
                column != null ? column.toString() : violation.field(),
                violation.rule(),
                Feedback.worded(violation)));
      }
      rowProblems = problems;
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RuntimeException other) {
      Feedback.run(
          () -> {
            throw other;
          },
          null);
    }
  }

  /** A CSV rule in the page's language, e.g. {@code Duplicate}; the token itself if unnamed. */
  public String ruleLabel(String rule) {
    return Texts.getOrDefault("csvRule." + rule, rule);
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public List<BusinessLine> getBusinessLines() {
    return List.of(BusinessLine.values());
  }

  public List<SupervisionPointOverviewResponse> getPoints() {
    return points;
  }

  public String getImportedFile() {
    return importedFile;
  }

  public ReferenceImportResponse getImported() {
    return imported;
  }

  public List<RowProblem> getRowProblems() {
    return rowProblems;
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

  public BusinessLine getBusinessLine() {
    return businessLine;
  }

  public void setBusinessLine(BusinessLine businessLine) {
    this.businessLine = businessLine;
  }

  public Integer getHomogeneityCap() {
    return homogeneityCap;
  }

  public void setHomogeneityCap(Integer homogeneityCap) {
    this.homogeneityCap = homogeneityCap;
  }

  public BigDecimal getMinValidRatePercent() {
    return minValidRatePercent;
  }

  public void setMinValidRatePercent(BigDecimal minValidRatePercent) {
    this.minValidRatePercent = minValidRatePercent;
  }

  public Integer getMinCasesFormed() {
    return minCasesFormed;
  }

  public void setMinCasesFormed(Integer minCasesFormed) {
    this.minCasesFormed = minCasesFormed;
  }

  public Integer getMinCluesForJudgement() {
    return minCluesForJudgement;
  }

  public void setMinCluesForJudgement(Integer minCluesForJudgement) {
    this.minCluesForJudgement = minCluesForJudgement;
  }
}
