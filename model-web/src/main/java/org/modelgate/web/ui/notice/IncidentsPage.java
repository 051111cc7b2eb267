package org.modelgate.web.ui.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.modelgate.api.incident.IncidentResponse;
import org.modelgate.api.incident.IncidentService;
import org.modelgate.web.ui.Feedback;

/** Failed process jobs for administrators: model, step, error, retries left, and a retry. */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IncidentService incidents;

  private List<IncidentResponse> open = List.of();

  public void load() {
    open = incidents.open();
  }

  public void retry(String id) {
    Feedback.run(() -> incidents.retry(id), "incidents.retried");
    load();
  }

  public List<IncidentResponse> getOpen() {
    return open;
  }
}
