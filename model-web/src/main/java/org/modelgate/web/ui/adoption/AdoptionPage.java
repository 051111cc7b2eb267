package org.modelgate.web.ui.adoption;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.adoption.AdoptionRequest;
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.adoption.FeedbackRequest;
import org.modelgate.api.adoption.LibraryEntryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.LocalNames;
import org.modelgate.web.ui.Texts;

/**
 * The adoption matrix: units down, listed models across, each cell the unit's status. With {@code
 * ?model=} (the link of Task_ConfirmAdoption) the page focuses on one model: its units with the
 * next step each may report, and the units' feedback. Unit staff act for their own unit, the
 * digital office for any; the service decides.
 */
@Named
@ViewScoped
public class AdoptionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdoptionService adoption;
  @Inject ProposalService proposals;
  @Inject ModelAdoption modelAdoption;

  private Long modelId;
  private SupervisionModelResponse model;
  private List<LibraryEntryResponse> models;
  private List<UnitRow> rows;

  private AdoptionResponse working;
  private AdoptionStatus status;
  private String reason;
  private Long feedbackUnit;
  private String body;

  /** One unit's row of the matrix: its cell per model id. */
  public record UnitRow(
      long unitId, String unitName, String unitNameEn, Map<Long, AdoptionResponse> cells)
      implements Serializable {
    public AdoptionResponse cell(long modelId) {
      return cells.get(modelId);
    }
  }

  public void load() {
    if (modelId != null) {
      model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
      if (model == null) {
        return;
      }
    }
    read();
  }

  private void read() {
    modelAdoption.reset();
    List<LibraryEntryResponse> library = adoption.library();
    models =
        modelId == null
            ? library
            : library.stream().filter(entry -> entry.modelId() == modelId).toList();
    Map<Long, UnitRow> byUnit = new LinkedHashMap<>();
    for (LibraryEntryResponse entry : models) {
      for (AdoptionResponse cell : modelAdoption.of(entry.modelId()).cells()) {
        byUnit
            .computeIfAbsent(
                cell.unitId(),
                id -> new UnitRow(id, cell.unitName(), cell.unitNameEn(), new HashMap<>()))
            .cells()
            .put(entry.modelId(), cell);
      }
    }
    rows = new ArrayList<>(byUnit.values());
    if (feedbackUnit == null) {
      feedbackUnit =
          getFeedbackUnits().stream().map(AdoptionResponse::unitId).findFirst().orElse(null);
    }
  }

  /**
   * Whether the user may report the cell's next step: the service says the cell is reportable by
   * this user (REPORT_ADOPTION for the cell's unit), and the status has a next step.
   */
  public boolean mayReport(AdoptionResponse cell) {
    return cell != null && cell.reportable() && !cell.status().next().isEmpty();
  }

  /** The units the user may give feedback for: the cells the service marks reportable. */
  public List<AdoptionResponse> getFeedbackUnits() {
    if (modelId == null) {
      return List.of();
    }
    return modelAdoption.of(modelId).cells().stream().filter(AdoptionResponse::reportable).toList();
  }

  public void open(AdoptionResponse cell) {
    working = cell;
    status = cell.status().next().stream().sorted().findFirst().orElse(null);
    reason = null;
  }

  public List<AdoptionStatus> getNextStatuses() {
    return working == null ? List.of() : working.status().next().stream().sorted().toList();
  }

  public void report() {
    AdoptionResponse cell = working;
    AdoptionStatus chosen = status;
    if (Feedback.run(
        () ->
            adoption.report(
                cell.modelId(),
                cell.unitId(),
                new AdoptionRequest(
                    chosen, chosen == AdoptionStatus.NOT_APPLICABLE ? reason : null)),
        "adoption.reported",
        LocalNames.of(cell.unitName(), cell.unitNameEn()),
        Texts.get("adoptionStatus." + chosen))) {
      working = null;
      if (model != null) {
        model = proposals.find(modelId);
      }
      read();
    }
  }

  public void sendFeedback() {
    if (Feedback.run(
        () -> adoption.addFeedback(modelId, feedbackUnit, new FeedbackRequest(body)),
        "adoption.feedbackSent")) {
      body = null;
      modelAdoption.reset();
    }
  }

  public Long getModelId() {
    return modelId;
  }

  public void setModelId(Long modelId) {
    this.modelId = modelId;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public List<LibraryEntryResponse> getModels() {
    return models;
  }

  public List<UnitRow> getRows() {
    return rows;
  }

  public AdoptionResponse getWorking() {
    return working;
  }

  public AdoptionStatus getStatus() {
    return status;
  }

  public void setStatus(AdoptionStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getFeedbackUnit() {
    return feedbackUnit;
  }

  public void setFeedbackUnit(Long feedbackUnit) {
    this.feedbackUnit = feedbackUnit;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
