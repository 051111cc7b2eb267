package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.modelgate.api.proposal.DiagramService;
import org.modelgate.api.proposal.ProcessDiagramResponse;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;

/**
 * Reads a model's path from the engine's history: what it passed and where it waits, on the diagram
 * of the process version it runs. The XML of a deployed version never changes, so it is kept per
 * definition id.
 */
@ApplicationScoped
@Transactional
public class DefaultDiagramService implements DiagramService {

  private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

  @Inject AccessPolicy access;
  @Inject HistoryService historyService;
  @Inject RepositoryService repositoryService;

  @Override
  public ProcessDiagramResponse diagram(long modelId) {
    SupervisionModel model = access.visible(modelId);
    String processInstanceId = model.getProcessInstanceId();
    if (processInstanceId == null) {
      String latest =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey(ModelLifecycle.PROCESS_KEY)
              .latestVersion()
              .singleResult()
              .getId();
      return new ProcessDiagramResponse(xml(latest), List.of(), List.of());
    }
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    var completed = new LinkedHashSet<String>();
    var active = new LinkedHashSet<String>();
    for (HistoricActivityInstance step :
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      (step.getEndTime() == null ? active : completed).add(step.getActivityId());
    }
    // An element entered again (a revision loop) is where the model is, not behind it.
    completed.removeAll(active);
    return new ProcessDiagramResponse(
        xml(instance.getProcessDefinitionId()),
        new ArrayList<>(completed),
        new ArrayList<>(active));
  }

  private String xml(String definitionId) {
    return xmlByDefinition.computeIfAbsent(
        definitionId,
        id -> {
          try (InputStream in = repositoryService.getProcessModel(id)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException("could not read the BPMN of " + id, e);
          }
        });
  }
}
