package org.modelgate.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.security.Caller;

/**
 * The services' way into a model's process: find its open tasks, complete them, send it messages.
 * Engine failures that mean "someone else moved first" become {@link LifecycleViolationException}
 * (409), in the caller's transaction.
 */
@ApplicationScoped
public class ProcessTasks {

  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;

  /** The open tasks of a process instance at one element (several for a multi-instance). */
  public List<Task> open(String processInstanceId, String taskKey) {
    if (processInstanceId == null) {
      return List.of();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .list();
  }

  /** The single open task at that element, if the process is waiting there. */
  public Optional<Task> single(String processInstanceId, String taskKey) {
    return open(processInstanceId, taskKey).stream().findFirst();
  }

  /** The open task at that element assigned to {@code username}. */
  public Optional<Task> assignedTo(String processInstanceId, String taskKey, String username) {
    return open(processInstanceId, taskKey).stream()
        .filter(task -> username.equals(task.getAssignee()))
        .findFirst();
  }

  /**
   * Completes the task for {@code username}. Refused when another user has claimed it, or when it
   * was completed meanwhile.
   */
  public void complete(Task task, String username, Map<String, Object> variables) {
    if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
      throw new LifecycleViolationException(
          "task.claimed-by-other",
          "taskKey",
          task.getTaskDefinitionKey(),
          "assignee",
          task.getAssignee());
    }
    completeAs(task, null, variables);
  }

  /** Completes the task, passing it to {@code username} first unless that is null. */
  private void completeAs(Task task, String username, Map<String, Object> variables) {
    try {
      if (username != null) {
        taskService.setAssignee(task.getId(), username);
      }
      taskService.complete(task.getId(), variables);
    } catch (NullValueException | OptimisticLockingException e) {
      throw new LifecycleViolationException(
          "task.already-completed", "taskKey", task.getTaskDefinitionKey());
    }
  }

  /**
   * The absent person the caller stands in for on this task: its assignee, when that is not the
   * caller but someone whose absence the caller covers today; null when the caller acts in their
   * own right.
   */
  public static String standsInFor(Task task, Caller caller) {
    String assignee = task.getAssignee();
    return assignee != null && !assignee.equals(caller.username()) && caller.actsFor(assignee)
        ? assignee
        : null;
  }

  /**
   * Completes the task for the caller. A task assigned to someone the caller stands in for passes
   * to the caller first, so that the engine's history names who did it; otherwise as {@link
   * #complete(Task, String, Map)}.
   */
  public void complete(Task task, Caller caller, Map<String, Object> variables) {
    if (standsInFor(task, caller) == null) {
      complete(task, caller.username(), variables);
      return;
    }
    completeAs(task, caller.username(), variables);
  }

  /** Sends a message to the model's process; refused when it is not waiting for that message. */
  public void correlate(String message, long modelId, Map<String, Object> variables) {
    try {
      runtimeService
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(String.valueOf(modelId))
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new LifecycleViolationException(
          "model.process-not-waiting", "id", modelId, "message", message);
    } catch (OptimisticLockingException e) {
      throw new LifecycleViolationException("model.busy", "id", modelId);
    }
  }
}
