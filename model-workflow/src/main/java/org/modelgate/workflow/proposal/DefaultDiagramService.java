package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.proposal.CompletedStepResponse;
import org.modelgate.api.proposal.CurrentStepResponse;
import org.modelgate.api.proposal.DiagramService;
import org.modelgate.api.proposal.ProcessDiagramResponse;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.OrganisationRepository;

/**
 * Reads a model's path from the engine: what it passed (who completed each step, when) and where it
 * waits (who holds each open step, by when), on the diagram of the process version it runs. The XML
 * of a deployed version never changes, so it is kept per definition id.
 */
@ApplicationScoped
@Transactional
public class DefaultDiagramService implements DiagramService {

  private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

  @Inject AccessPolicy access;
  @Inject HistoryService historyService;
  @Inject RepositoryService repositoryService;
  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject OrganisationRepository organisation;

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
      return new ProcessDiagramResponse(xml(latest), List.of(), List.of(), List.of());
    }
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    var completed = new LinkedHashSet<String>();
    var active = new LinkedHashSet<String>();
    // The last completion of each element, for the tooltips: who (user tasks) and when.
    var lastCompletion = new LinkedHashMap<String, HistoricActivityInstance>();
    for (HistoricActivityInstance step :
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      if (step.getEndTime() == null) {
        active.add(step.getActivityId());
      } else {
        completed.add(step.getActivityId());
        HistoricActivityInstance known = lastCompletion.get(step.getActivityId());
        if (known == null || known.getEndTime().before(step.getEndTime())) {
          lastCompletion.put(step.getActivityId(), step);
        }
      }
    }
    // An element entered again (a revision loop) is where the model is, not behind it.
    completed.removeAll(active);
    Map<String, String> names =
        displayNames(
            lastCompletion.values().stream()
                .map(HistoricActivityInstance::getAssignee)
                .filter(Objects::nonNull)
                .toList());
    List<CompletedStepResponse> steps =
        lastCompletion.values().stream()
            .filter(step -> completed.contains(step.getActivityId()))
            .map(
                step ->
                    new CompletedStepResponse(
                        step.getActivityId(),
                        step.getAssignee(),
                        step.getAssignee() == null
                            ? null
                            : names.getOrDefault(step.getAssignee(), step.getAssignee()),
                        step.getEndTime().toInstant()))
            .toList();
    return new ProcessDiagramResponse(
        xml(instance.getProcessDefinitionId()),
        new ArrayList<>(completed),
        new ArrayList<>(active),
        steps);
  }

  @Override
  public List<CurrentStepResponse> currentSteps(long modelId) {
    SupervisionModel model = access.visible(modelId);
    String processInstanceId = model.getProcessInstanceId();
    if (processInstanceId == null) {
      return List.of();
    }
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .orderByTaskCreateTime()
            .asc()
            .list();
    Map<String, String> names =
        displayNames(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull).toList());
    List<CurrentStepResponse> steps = new ArrayList<>();
    for (Task task : tasks) {
      UnitNames unit = unitOf(task);
      steps.add(
          new CurrentStepResponse(
              task.getTaskDefinitionKey(),
              task.getName(),
              task.getAssignee(),
              task.getAssignee() == null
                  ? null
                  : names.getOrDefault(task.getAssignee(), task.getAssignee()),
              task.getAssignee() == null ? candidateGroups(task) : List.of(),
              unit == null ? null : unit.name(),
              unit == null ? null : unit.nameEn(),
              task.getCreateTime().toInstant(),
              task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
    // Wait states that are not tasks: the forum the digital office schedules, the running pilot.
    for (HistoricActivityInstance wait :
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .unfinished()
            .activityType("receiveTask")
            .list()) {
      steps.add(
          new CurrentStepResponse(
              wait.getActivityId(),
              wait.getActivityName(),
              null,
              null,
              ModelLifecycle.RECEIVE_TASK_AWAIT_FORUM.equals(wait.getActivityId())
                  ? List.of(Role.STAFF_NAME)
                  : List.of(),
              null,
              null,
              wait.getStartTime().toInstant(),
              null));
    }
    return steps;
  }

  private List<String> candidateGroups(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private record UnitNames(String name, String nameEn) {}

  /** The unit an adoption confirmation is offered to (its local variable), by name. */
  private UnitNames unitOf(Task task) {
    if (!ModelLifecycle.TASK_CONFIRM_ADOPTION.equals(task.getTaskDefinitionKey())) {
      return null;
    }
    Object code =
        runtimeService.getVariableLocal(task.getExecutionId(), ModelLifecycle.VAR_ADOPTION_UNIT);
    if (code == null) {
      return null;
    }
    return organisation
        .findUnit(code.toString())
        .map(unit -> new UnitNames(unit.getName(), unit.getNameEn()))
        .orElse(new UnitNames(code.toString(), code.toString()));
  }

  private Map<String, String> displayNames(List<String> usernames) {
    Map<String, String> names = new HashMap<>();
    for (String username : new LinkedHashSet<>(usernames)) {
      organisation.findUser(username).ifPresent(u -> names.put(username, u.getDisplayName()));
    }
    return names;
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
