package org.modelgate.web.ui.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.web.ui.Feedback;

/**
 * The start page: what the user has to do — assigned to them or offered to their groups — overdue
 * first. Filters by stage and task kind narrow the list the service answered; claiming takes a
 * group task, unclaiming gives it back.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InboxService inbox;

  private List<TaskResponse> tasks;

  public List<TaskResponse> getTasks() {
    if (tasks == null) {
      tasks = inbox.tasks();
    }
    return tasks;
  }

  public long getOverdueCount() {
    return getTasks().stream().filter(TaskResponse::overdue).count();
  }

  /** The task kinds present, for the filter. */
  public List<String> getTaskKeys() {
    return getTasks().stream().map(TaskResponse::taskKey).distinct().sorted().toList();
  }

  public void claim(TaskResponse task) {
    Feedback.run(() -> inbox.claim(task.id()), "inbox.claimed", task.name());
    tasks = null;
  }

  public void unclaim(TaskResponse task) {
    Feedback.run(() -> inbox.unclaim(task.id()), "inbox.unclaimed", task.name());
    tasks = null;
  }

  /** Whether the signed-in user holds the task (claimed or assigned). */
  public boolean mine(TaskResponse task, String username) {
    return Objects.equals(task.assignee(), username);
  }
}
