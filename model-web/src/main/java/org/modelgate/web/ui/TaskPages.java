package org.modelgate.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.workflow.engine.ModelLifecycle;

/** Which page does a task's work: the inbox links each task to the form that completes it. */
@Named
@ApplicationScoped
public class TaskPages {

  private static final Map<String, String> PAGES =
      Map.of(
          ModelLifecycle.TASK_SCREEN_PROPOSAL, "screening.xhtml?model=",
          ModelLifecycle.TASK_REVISE_PROPOSAL, "proposal.xhtml?id=",
          ModelLifecycle.TASK_REVISE_AFTER_FORUM, "proposal.xhtml?id=",
          ModelLifecycle.TASK_SUBMIT_REVIEW, "review.xhtml?model=",
          ModelLifecycle.TASK_RULE_ON_MODEL, "ruling.xhtml?model=",
          ModelLifecycle.TASK_PLAN_PILOT, "pilot-plan.xhtml?model=",
          ModelLifecycle.TASK_DECIDE_ON_PILOT, "pilot-decision.xhtml?model=",
          ModelLifecycle.TASK_CONFIRM_ADOPTION, "adoption.xhtml?model=");

  /** The page that does the task, or the model's page for a task without a form of its own. */
  public String pageOf(TaskResponse task) {
    return PAGES.getOrDefault(task.taskKey(), "model.xhtml?id=") + task.modelId();
  }
}
