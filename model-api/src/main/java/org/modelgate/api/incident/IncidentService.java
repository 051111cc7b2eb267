package org.modelgate.api.incident;

import java.util.List;

/** Failed process jobs, for administrators only. */
public interface IncidentService {

  /** The open incidents, newest first. */
  List<IncidentResponse> open();

  /** Gives the incident's job one more try now; it is not found once resolved. */
  void retry(String incidentId);
}
