package org.modelgate.web.ui.clue;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.clue.ClueChangeRequest;
import org.modelgate.api.clue.ClueFileRefusedException;
import org.modelgate.api.clue.ClueImportResponse;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.DocumentType;
import org.modelgate.api.clue.InvalidReason;
import org.modelgate.api.common.Labels;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.pilot.PilotUnitResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.web.problem.ProblemTexts;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;
import org.modelgate.workflow.model.AccessPolicy;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A model's clues: import of the hit list (all or nothing; a refused file is answered with a table
 * naming every bad row), the clue table paged by the service and filtered by unit and status, one
 * status step at a time, identity numbers masked with a reveal per row, and the funnel. Which clues
 * a user sees and works is the service's decision (the model's {@code allowedActions}, each clue's
 * {@code revealable}); the filters offer only the units the user acts for.
 */
@Named
@ViewScoped
public class CluesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject ClueService clueService;
  @Inject PilotService pilots;
  @Inject OrganisationService organisation;
  @Inject AccessPolicy access;
  @Inject ModelFunnel modelFunnel;

  private long modelId;
  private SupervisionModelResponse model;
  private List<UnitResponse> units;
  private Long unitFilter;
  private ClueStatus statusFilter;
  private final Map<Long, String> revealed = new java.util.HashMap<>();
  private final LazyDataModel<ClueResponse> clues = new ClueTable();

  private List<RowProblem> rowProblems = List.of();
  private String importedFile;
  private Integer imported;

  private ClueResponse working;
  private ClueStatus status;
  private InvalidReason invalidReason;
  private String caseReference;
  private DocumentType documentType;
  private BigDecimal recoveredAmount;

  /**
   * One problem of a refused file for people: its line, the column's name (null for a record or the
   * whole file), the broken rule and what is wrong, in the page's language.
   */
  public record RowProblem(int line, String column, String rule, String message)
      implements Serializable {}

  /** The service's clue list, one page at a time. */
  private final class ClueTable extends LazyDataModel<ClueResponse> {
    private static final long serialVersionUID = 1L;
    private List<ClueResponse> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) clueService.list(modelId, unitFilter, statusFilter, 0, 1).total();
    }

    @Override
    public List<ClueResponse> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      PageResponse<ClueResponse> answer =
          clueService.list(modelId, unitFilter, statusFilter, first / pageSize, pageSize);
      setRowCount((int) answer.total());
      page = answer.items();
      return page;
    }

    @Override
    public String getRowKey(ClueResponse clue) {
      return String.valueOf(clue.id());
    }

    @Override
    public ClueResponse getRowData(String rowKey) {
      return page.stream()
          .filter(clue -> String.valueOf(clue.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
  }

  /**
   * The units the user may filter by: the pilot's (or every grassroots unit), own unit only for
   * unit staff.
   */
  public List<UnitResponse> getUnits() {
    if (units == null) {
      PilotPlanResponse plan = pilots.currentPlan(modelId).orElse(null);
      Set<Long> pilotUnits =
          plan == null || !(model.stage() == Stage.PILOT || model.stage() == Stage.EVALUATION)
              ? null
              : plan.units().stream()
                  .map(PilotUnitResponse::unitId)
                  .collect(java.util.stream.Collectors.toSet());
      boolean office = access.callerInOffice();
      units =
          organisation.units().stream()
              .filter(
                  u -> office ? u.kind() == UnitKind.GRASSROOTS : access.callerActsForUnit(u.id()))
              .filter(u -> pilotUnits == null || pilotUnits.contains(u.id()))
              .toList();
    }
    return units;
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  /** Asks the service for the clue's full identity number (audited) and shows it in its row. */
  public void reveal(ClueResponse clue) {
    Feedback.call(() -> clueService.revealIdNumber(clue.id()), null)
        .ifPresent(full -> revealed.put(clue.id(), full));
  }

  /** The identity number to show in the clue's row: the full one once revealed, else masked. */
  public String idNumber(ClueResponse clue) {
    return revealed.getOrDefault(clue.id(), clue.idNumber());
  }

  public boolean isRevealed(ClueResponse clue) {
    return revealed.containsKey(clue.id());
  }

  public List<ClueStatus> getStatuses() {
    return List.of(ClueStatus.values());
  }

  public List<InvalidReason> getInvalidReasons() {
    return List.of(InvalidReason.values());
  }

  public List<DocumentType> getDocumentTypes() {
    return List.of(DocumentType.values());
  }

  // Import

  /** Imports the uploaded hit list whole, or lists every bad row and imports nothing. */
  public void upload(FileUploadEvent event) {
    importedFile = event.getFile().getFileName();
    imported = null;
    rowProblems = List.of();
    byte[] content = event.getFile().getContent();
    try {
      ClueImportResponse answer = clueService.importCsv(modelId, content);
      // the answer shows in the import panel, next to the file it is about
      imported = answer.imported();
      modelFunnel.reset();
    } catch (ClueFileRefusedException refused) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      rowProblems =
          refused.errors().stream()
              .map(
                  error ->
                      new RowProblem(
                          error.line(),
                          error.column() == null ? null : Labels.of(error.column(), locale),
                          error.rule(),
                          ProblemTexts.word(locale, error.code(), error.args())))
              .toList();
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RuntimeException other) {
      Feedback.run(
          () -> {
            throw other;
          },
          null);
    }
  }

  /** A CSV rule in the page's language, e.g. {@code UnknownUnit}; the token itself if unnamed. */
  public String ruleLabel(String rule) {
    return Texts.getOrDefault("csvRule." + rule, rule);
  }

  // One step on

  /** Opens the step dialog for a clue, with its first possible next status chosen. */
  public void open(ClueResponse clue) {
    working = clue;
    status = clue.status().next().stream().sorted().findFirst().orElse(null);
    invalidReason = null;
    caseReference = null;
    documentType = null;
    recoveredAmount = null;
  }

  public List<ClueStatus> getNextStatuses() {
    return working == null ? List.of() : working.status().next().stream().sorted().toList();
  }

  public boolean canMove(ClueResponse clue) {
    return !clue.status().next().isEmpty();
  }

  public void change() {
    ClueResponse clue = working;
    boolean done =
        Feedback.run(
            () ->
                clueService.change(
                    clue.id(),
                    new ClueChangeRequest(
                        status,
                        status == ClueStatus.VERIFIED_INVALID ? invalidReason : null,
                        status == ClueStatus.CASE_FORMED ? caseReference : null,
                        status == ClueStatus.DOCUMENT_ISSUED ? documentType : null,
                        status == ClueStatus.ADOPTED ? recoveredAmount : null)),
            "clues.changed",
            clue.externalRef(),
            Texts.get("clueStatus." + status));
    if (done) {
      working = null;
      modelFunnel.reset();
    }
  }

  // Getters and setters

  public long getModelId() {
    return modelId;
  }

  public void setModelId(long modelId) {
    this.modelId = modelId;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public LazyDataModel<ClueResponse> getClues() {
    return clues;
  }

  public Long getUnitFilter() {
    return unitFilter;
  }

  public void setUnitFilter(Long unitFilter) {
    this.unitFilter = unitFilter;
  }

  public ClueStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(ClueStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public List<RowProblem> getRowProblems() {
    return rowProblems;
  }

  public String getImportedFile() {
    return importedFile;
  }

  public Integer getImported() {
    return imported;
  }

  public long getMaxUploadBytes() {
    return org.modelgate.web.rest.RequestSizeLimit.MAX_CSV_BYTES;
  }

  public ClueResponse getWorking() {
    return working;
  }

  public ClueStatus getStatus() {
    return status;
  }

  public void setStatus(ClueStatus status) {
    this.status = status;
  }

  public InvalidReason getInvalidReason() {
    return invalidReason;
  }

  public void setInvalidReason(InvalidReason invalidReason) {
    this.invalidReason = invalidReason;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public DocumentType getDocumentType() {
    return documentType;
  }

  public void setDocumentType(DocumentType documentType) {
    this.documentType = documentType;
  }

  public BigDecimal getRecoveredAmount() {
    return recoveredAmount;
  }

  public void setRecoveredAmount(BigDecimal recoveredAmount) {
    this.recoveredAmount = recoveredAmount;
  }
}
