package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.security.Substitutions;

/**
 * Tells people that a task is theirs as it is created: its assignee by name, and the assignee's
 * substitutes while the assignee is away; for a candidate group, the digital office for staff work
 * of the city (screening, pilot plan), the staff of the unit for that unit's adoption task, and
 * every holder of any other role (the leaders for the pilot decision). It runs in the transaction
 * that creates the task.
 */
@Named(ModelLifecycle.BEAN_TASK_NOTICE_LISTENER)
@ApplicationScoped
public class TaskNoticeListener implements TaskListener {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject Notices notices;
  @Inject Substitutions substitutions;
  @Inject Clock clock;

  @Override
  public void notify(DelegateTask task) {
    long modelId = ((Number) task.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    Object unitCode = task.getVariable(ModelLifecycle.VAR_ADOPTION_UNIT);
    Long unitId = null;
    if (unitCode != null
        && ModelLifecycle.TASK_CONFIRM_ADOPTION.equals(task.getTaskDefinitionKey())) {
      unitId =
          em.createQuery("select u from Unit u where u.code = :code", Unit.class)
              .setParameter("code", unitCode.toString())
              .getResultStream()
              .findFirst()
              .map(Unit::getId)
              .orElse(null);
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    List<Recipient> to = new ArrayList<>(recipients(task.getAssignee(), groups, unitId));
    if (task.getAssignee() != null
        && !ModelLifecycle.TASK_SUBMIT_REVIEW.equals(task.getTaskDefinitionKey())) {
      // an assignee who is away: the substitutes are offered the task as well (not a review,
      // which is personal to the invited reviewer)
      substitutions
          .substitutesOf(task.getAssignee(), LocalDate.now(clock.withZone(OfficeTime.ZONE)))
          .forEach(substitute -> to.add(Recipient.user(substitute)));
    }
    notices.raise(to, NoticeKind.TASK_OFFERED, modelId, task.getTaskDefinitionKey());
  }

  /** Who is told of a new task: see the class comment. */
  static List<Recipient> recipients(String assignee, List<String> groups, Long unitId) {
    if (assignee != null) {
      return List.of(Recipient.user(assignee));
    }
    List<Recipient> to = new ArrayList<>();
    for (String group : groups) {
      Role role = Role.ofRoleName(group);
      if (role == Role.STAFF) {
        to.add(unitId == null ? Recipient.digitalOffice() : Recipient.group(role, unitId));
      } else {
        to.add(Recipient.group(role, unitId));
      }
    }
    return to;
  }
}
