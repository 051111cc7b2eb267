package org.modelgate.web.ui.adoption;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.adoption.FeedbackResponse;
import org.modelgate.api.failure.ModelGateException;

/**
 * One model's adoption for {@code WEB-INF/includes/model-adoption.xhtml}: every assigned unit's
 * status and the units' feedback, read once per page view.
 */
@Named
@ViewScoped
public class ModelAdoption implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdoptionService adoption;

  /**
   * A model's adoption row and feedback, with how many assigned units run it (NOT_APPLICABLE units
   * left out of both counts); empty when the user may not see them.
   */
  public record View(
      List<AdoptionResponse> cells, List<FeedbackResponse> feedback, long running, long assigned)
      implements Serializable {

    static View of(List<AdoptionResponse> cells, List<FeedbackResponse> feedback) {
      return new View(
          cells,
          feedback,
          cells.stream()
              .filter(c -> c.status().settled() && c.status() != AdoptionStatus.NOT_APPLICABLE)
              .count(),
          cells.stream().filter(c -> c.status() != AdoptionStatus.NOT_APPLICABLE).count());
    }
  }

  private final Map<Long, View> views = new HashMap<>();

  public View of(long modelId) {
    return views.computeIfAbsent(modelId, this::read);
  }

  public void reset() {
    views.clear();
  }

  private View read(long modelId) {
    try {
      return View.of(adoption.adoption(modelId), adoption.feedback(modelId));
    } catch (ModelGateException e) {
      return View.of(List.of(), List.of());
    }
  }
}
