package org.modelgate.workflow.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.incident.IncidentResponse;
import org.modelgate.api.incident.IncidentService;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;

/**
 * The open incidents of failed jobs, with the model and step they stopped at, and a retry that
 * gives the job one more try (the job executor picks it up at once).
 */
@ApplicationScoped
@Transactional
public class DefaultIncidentService implements IncidentService {

  /** The most incidents listed; more would mean something else is wrong. */
  static final int MAX_LISTED = 500;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject RuntimeService runtimeService;
  @Inject ManagementService managementService;

  @Override
  public List<IncidentResponse> open() {
    access.requireRole(Role.ADMIN);
    List<Incident> incidents =
        runtimeService
            .createIncidentQuery()
            .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
            .orderByIncidentTimestamp()
            .desc()
            .listPage(0, MAX_LISTED);
    Map<String, Long> modelIds = new HashMap<>();
    return incidents.stream()
        .map(
            incident -> {
              Long modelId =
                  modelIds.computeIfAbsent(incident.getProcessInstanceId(), this::modelIdOf);
              SupervisionModel model =
                  modelId == null ? null : em.find(SupervisionModel.class, modelId);
              Job job =
                  managementService
                      .createJobQuery()
                      .jobId(incident.getConfiguration())
                      .singleResult();
              return new IncidentResponse(
                  incident.getId(),
                  modelId,
                  model == null ? null : model.getTitle(),
                  incident.getActivityId(),
                  incident.getIncidentMessage(),
                  job == null ? 0 : job.getRetries(),
                  incident.getIncidentTimestamp().toInstant());
            })
        .toList();
  }

  @Override
  public void retry(String incidentId) {
    access.requireRole(Role.ADMIN);
    Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
      throw new EntityNotFoundException("incident", incidentId);
    }
    managementService.setJobRetries(incident.getConfiguration(), 1);
  }

  private Long modelIdOf(String processInstanceId) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      return null;
    }
    try {
      return Long.valueOf(instance.getBusinessKey());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
