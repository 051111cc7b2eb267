package org.modelgate.workflow.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.AccessRules;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * The caller's inbox: tasks assigned to them and unclaimed tasks offered to one of their roles.
 * Group tasks of the lifecycle (screening, pilot planning) belong to the digital office, so staff
 * of other units are not offered them. Model titles and stages come from the application's table in
 * one query, not one per task.
 */
@ApplicationScoped
@Transactional
public class DefaultInboxService implements InboxService {

  static final int MAX_TASKS = 500;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Override
  public List<TaskResponse> tasks() {
    Caller caller = currentCaller.get();
    Map<String, Task> tasks = new LinkedHashMap<>();
    // Mine, and those of the absent people I stand in for today (the policy below drops what a
    // substitute may not do, such as a review).
    taskService
        .createTaskQuery()
        .taskAssigneeIn(assignees(caller))
        .orderByTaskCreateTime()
        .asc()
        .listPage(0, MAX_TASKS)
        .forEach(task -> tasks.put(task.getId(), task));
    List<String> groups = offeredGroups(caller);
    if (!groups.isEmpty()) {
      taskService
          .createTaskQuery()
          .taskCandidateGroupIn(groups)
          .orderByTaskCreateTime()
          .asc()
          .listPage(0, MAX_TASKS)
          .forEach(task -> tasks.putIfAbsent(task.getId(), task));
    }
    if (caller.has(Role.STAFF) && !access.office(caller)) {
      // Unit staff are offered their own unit's adoption task, not the digital office's group
      // tasks.
      taskService
          .createTaskQuery()
          .taskCandidateGroup(Role.STAFF_NAME)
          .taskDefinitionKey(ModelLifecycle.TASK_CONFIRM_ADOPTION)
          .listPage(0, MAX_TASKS)
          .stream()
          .filter(task -> forOwnUnit(task, caller))
          .forEach(task -> tasks.putIfAbsent(task.getId(), task));
    }
    Map<String, SupervisionModel> models = modelsOf(tasks.values());
    Map<Long, Set<ModelAction>> actions = access.allowedActions(models.values());
    Instant now = clock.instant();
    List<TaskResponse> inbox = new ArrayList<>();
    for (Task task : tasks.values()) {
      SupervisionModel model = models.get(task.getProcessInstanceId());
      // A task whose action the policy refuses the caller for who they are (a co-creating leader's
      // pilot decision) is not offered; one that waits for its time (a ruling before the forum's
      // day) is shown without the action.
      if (model != null && !refused(task, model)) {
        inbox.add(toResponse(task, model, now, actions.get(model.getId())));
      }
    }
    inbox.sort(
        Comparator.comparing(TaskResponse::overdue)
            .reversed()
            .thenComparing(TaskResponse::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskResponse::createdAt));
    return inbox;
  }

  @Override
  public TaskResponse claim(String taskId) {
    Caller caller = currentCaller.get();
    Task task = task(taskId);
    if (!offeredTo(task, caller)) {
      throw access.deny(caller, "task.not-offered", "task", task.getTaskDefinitionKey());
    }
    try {
      taskService.claim(taskId, caller.username());
      audit.record(
          AuditRecord.onModel(
              caller.username(),
              "TASK_CLAIMED",
              toResponse(task).modelId(),
              null,
              caller.username(),
              task.getName()));
    } catch (TaskAlreadyClaimedException e) {
      throw new LifecycleViolationException(
          "task.claimed-by-other",
          "task",
          task.getTaskDefinitionKey(),
          "assignee",
          e.getTaskAssignee());
    }
    return toResponse(task(taskId));
  }

  @Override
  public TaskResponse unclaim(String taskId) {
    Caller caller = currentCaller.get();
    Task task = task(taskId);
    if (!caller.username().equals(task.getAssignee())) {
      throw new LifecycleViolationException(
          "task.not-claimed-by-you", "task", task.getTaskDefinitionKey());
    }
    if (candidateGroups(task).isEmpty()) {
      throw new LifecycleViolationException(
          "task.assigned-personally", "task", task.getTaskDefinitionKey());
    }
    taskService.setAssignee(taskId, null);
    audit.record(
        AuditRecord.onModel(
            caller.username(),
            "TASK_UNCLAIMED",
            toResponse(task).modelId(),
            caller.username(),
            null,
            task.getName()));
    return toResponse(task(taskId));
  }

  /** The roles whose group tasks the caller is offered. */
  @Override
  public long overdueCount() {
    Caller caller = currentCaller.get();
    Date now = Date.from(clock.instant());
    long overdue =
        taskService.createTaskQuery().taskAssigneeIn(assignees(caller)).dueBefore(now).count();
    List<String> groups = offeredGroups(caller);
    if (!groups.isEmpty()) {
      // Group queries leave out assigned tasks, as in tasks(): nothing is counted twice.
      overdue += taskService.createTaskQuery().taskCandidateGroupIn(groups).dueBefore(now).count();
    }
    if (caller.has(Role.STAFF) && !access.office(caller)) {
      overdue +=
          taskService
              .createTaskQuery()
              .taskCandidateGroup(Role.STAFF_NAME)
              .taskDefinitionKey(ModelLifecycle.TASK_CONFIRM_ADOPTION)
              .dueBefore(now)
              .list()
              .stream()
              .filter(task -> forOwnUnit(task, caller))
              .count();
    }
    return overdue;
  }

  /** The caller and the absent people the caller stands in for today. */
  private static String[] assignees(Caller caller) {
    List<String> assignees = new ArrayList<>();
    assignees.add(caller.username());
    caller.actingFor().forEach(absent -> assignees.add(absent.username()));
    return assignees.toArray(String[]::new);
  }

  private List<String> offeredGroups(Caller caller) {
    List<String> groups = new ArrayList<>();
    for (Role role : caller.roles()) {
      if (role != Role.STAFF || access.office(caller)) {
        groups.add(role.roleName());
      }
    }
    return groups;
  }

  private boolean offeredTo(Task task, Caller caller) {
    Set<String> groups = candidateGroups(task);
    return offeredGroups(caller).stream().anyMatch(groups::contains)
        || (caller.has(Role.STAFF)
            && ModelLifecycle.TASK_CONFIRM_ADOPTION.equals(task.getTaskDefinitionKey())
            && forOwnUnit(task, caller));
  }

  /** Whether an adoption task is the caller's unit's. */
  private boolean forOwnUnit(Task task, Caller caller) {
    Object unitCode =
        runtimeService.getVariable(task.getExecutionId(), ModelLifecycle.VAR_ADOPTION_UNIT);
    String own = em.find(org.modelgate.workflow.organisation.Unit.class, caller.unitId()).getCode();
    return own.equals(unitCode);
  }

  private Set<String> candidateGroups(Task task) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private Task task(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new EntityNotFoundException("task", taskId);
    }
    return task;
  }

  private TaskResponse toResponse(Task task) {
    SupervisionModel model = modelsOf(List.of(task)).get(task.getProcessInstanceId());
    if (model == null) {
      throw new EntityNotFoundException("task", task.getId());
    }
    return toResponse(task, model, clock.instant(), access.allowedActions(model));
  }

  /** The action a task of this kind stands for. */
  static Optional<ModelAction> actionOf(String taskKey) {
    return Optional.ofNullable(
        switch (taskKey) {
          case ModelLifecycle.TASK_SCREEN_PROPOSAL -> ModelAction.SCREEN;
          case ModelLifecycle.TASK_REVISE_PROPOSAL, ModelLifecycle.TASK_REVISE_AFTER_FORUM ->
              ModelAction.RESUBMIT;
          case ModelLifecycle.TASK_SUBMIT_REVIEW -> ModelAction.REVIEW;
          case ModelLifecycle.TASK_RULE_ON_MODEL -> ModelAction.RULE;
          case ModelLifecycle.TASK_PLAN_PILOT -> ModelAction.PLAN_PILOT;
          case ModelLifecycle.TASK_DECIDE_ON_PILOT -> ModelAction.DECIDE_PILOT;
          case ModelLifecycle.TASK_CONFIRM_ADOPTION -> ModelAction.REPORT_ADOPTION;
          default -> null;
        });
  }

  private boolean refused(Task task, SupervisionModel model) {
    return actionOf(task.getTaskDefinitionKey())
        .map(action -> access.verdict(model, action).kind() == AccessRules.Verdict.Kind.FORBIDDEN)
        .orElse(false);
  }

  /** The models of the tasks' process instances, by process instance id, in one query. */
  private Map<String, SupervisionModel> modelsOf(Collection<Task> tasks) {
    Set<String> instances =
        tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    if (instances.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select m from SupervisionModel m where m.processInstanceId in :instances",
            SupervisionModel.class)
        .setParameter("instances", instances)
        .getResultStream()
        .collect(Collectors.toMap(SupervisionModel::getProcessInstanceId, Function.identity()));
  }

  private static TaskResponse toResponse(
      Task task, SupervisionModel model, Instant now, Set<ModelAction> allowedActions) {
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    return new TaskResponse(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        model.getId(),
        model.getTitle(),
        model.getStage(),
        model.getStage().label(),
        task.getAssignee(),
        task.getAssignee() == null,
        task.getCreateTime().toInstant(),
        due,
        due != null && due.isBefore(now),
        allowedActions);
  }
}
