package org.modelgate.web.ui.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The models the user may see, searched, filtered, sorted and paged by the service in the database:
 * the page asks for one page at a time and never holds the whole list.
 */
@Named
@ViewScoped
public class ModelsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's sortable columns (their sortBy property) and the service's names for them. */
  private static final Map<String, String> SORTS =
      Map.of(
          "title", "title",
          "stage", "stage",
          "businessLine", "businessLine",
          "supervisionPointName", "supervisionPoint",
          "owningUnitName", "unit",
          "createdBy", "createdBy",
          "version", "version",
          "updatedAt", "updatedAt");

  @Inject ProposalService proposals;
  @Inject OrganisationService organisation;

  private String text;
  private Stage stage;
  private Long unitId;
  private BusinessLine businessLine;
  private Long supervisionPointId;
  private boolean unitWork;
  private List<UnitResponse> units;
  private List<SupervisionPointResponse> supervisionPoints;

  private final LazyDataModel<ModelSummaryResponse> models = new Models();

  public LazyDataModel<ModelSummaryResponse> getModels() {
    return models;
  }

  /** The filters changed: the table goes back to its first page (done by the table's filter). */
  public void search() {
    // The table reloads through the lazy model with the bean's filters.
  }

  /** Clears every filter. */
  public void reset() {
    text = null;
    stage = null;
    unitId = null;
    businessLine = null;
    supervisionPointId = null;
    unitWork = false;
  }

  private ModelQuery query(int page, int size, String sort) {
    return new ModelQuery(
        stage, unitId, businessLine, supervisionPointId, text, page, size, sort, unitWork);
  }

  public List<UnitResponse> getUnits() {
    if (units == null) {
      units = organisation.units();
    }
    return units;
  }

  public List<SupervisionPointResponse> getSupervisionPoints() {
    if (supervisionPoints == null) {
      supervisionPoints =
          organisation.supervisionPoints().stream()
              .filter(point -> businessLine == null || point.businessLine() == businessLine)
              .toList();
    }
    return supervisionPoints;
  }

  /** A business line chosen: only its supervision points are offered. */
  public void lineChanged() {
    supervisionPoints = null;
    if (supervisionPointId != null
        && getSupervisionPoints().stream().noneMatch(p -> p.id() == supervisionPointId)) {
      supervisionPointId = null;
    }
  }

  public List<BusinessLine> getBusinessLines() {
    return Arrays.asList(BusinessLine.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public BusinessLine getBusinessLine() {
    return businessLine;
  }

  public void setBusinessLine(BusinessLine businessLine) {
    this.businessLine = businessLine;
  }

  public boolean isUnitWork() {
    return unitWork;
  }

  public void setUnitWork(boolean unitWork) {
    this.unitWork = unitWork;
  }

  public Long getSupervisionPointId() {
    return supervisionPointId;
  }

  public void setSupervisionPointId(Long supervisionPointId) {
    this.supervisionPointId = supervisionPointId;
  }

  /** One page of models at a time, from the service. */
  private final class Models extends LazyDataModel<ModelSummaryResponse> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) proposals.list(query(0, 1, null)).total();
    }

    @Override
    public List<ModelSummaryResponse> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.clamp(pageSize, 1, 200);
      PageResponse<ModelSummaryResponse> page =
          proposals.list(query(first / size, size, sort(sortBy)));
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(ModelSummaryResponse model) {
      return String.valueOf(model.id());
    }

    @Override
    public ModelSummaryResponse getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(model -> String.valueOf(model.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }

    private static String sort(Map<String, SortMeta> sortBy) {
      return sortBy.values().stream()
          .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
          .filter(meta -> SORTS.containsKey(meta.getField()))
          .findFirst()
          .map(
              meta ->
                  (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + SORTS.get(meta.getField()))
          .orElse(null);
    }
  }
}
