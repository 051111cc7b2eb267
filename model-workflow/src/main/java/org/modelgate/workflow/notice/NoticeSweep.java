package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.ConfigProvider;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.DecisionCondition;
import org.modelgate.workflow.model.SupervisionModel;

/**
 * The hourly look for what nobody was told yet, run by the {@code notice-sweep} process's timer (so
 * one node runs it, and a failure is retried and then an incident): a forum review due within two
 * days, any task past its due date (escalated to the digital office, and for a forum's steps to the
 * presiding leader), a condition due within two days or past due. Each is raised once ({@link
 * Notices#raiseOnce}). It also retries e-mail that a restart interrupted and, from 08:00 office
 * time ({@value #DIGEST_HOUR}), sends each reader's daily digest of unread notices.
 */
@Named(ModelLifecycle.BEAN_NOTICE_SWEEP)
@ApplicationScoped
public class NoticeSweep implements JavaDelegate {

  /** How long before its due date a review or condition is reminded of. */
  static final Duration AHEAD = Duration.ofDays(2);

  /**
   * From which hour of the day (office time) the daily digest goes out: {@code
   * MODELGATE_DIGEST_HOUR}, 0–23, default 8.
   */
  static final String DIGEST_HOUR = "MODELGATE_DIGEST_HOUR";

  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject Notices notices;
  @Inject NoticeDispatch dispatch;
  @Inject Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    sweep();
  }

  /** One sweep; the counts are for tests and logs. */
  @Transactional
  public Result sweep() {
    Instant now = clock.instant();
    int reviews = reviewsDue(now);
    int overdue = tasksOverdue(now);
    int conditions = conditionsDue(now);
    int retried = dispatch.retryPending(now);
    int digests = digests(now);
    return new Result(reviews, overdue, conditions, retried, digests);
  }

  /** What one sweep did. */
  public record Result(
      int reviewsDue, int tasksOverdue, int conditions, int mailRetried, int digests) {}

  private int reviewsDue(Instant now) {
    List<Task> due =
        taskService
            .createTaskQuery()
            .taskDefinitionKey(ModelLifecycle.TASK_SUBMIT_REVIEW)
            .dueAfter(Date.from(now))
            .dueBefore(Date.from(now.plus(AHEAD)))
            .list();
    Map<String, SupervisionModel> models = modelsOf(due);
    int raised = 0;
    for (Task task : due) {
      SupervisionModel model = models.get(task.getProcessInstanceId());
      if (model != null
          && task.getAssignee() != null
          && notices.raiseOnce(
              "review-due:" + task.getId(),
              List.of(Recipient.user(task.getAssignee())),
              NoticeKind.REVIEW_DUE,
              model.getId(),
              due(task.getDueDate().toInstant()))) {
        raised++;
      }
    }
    return raised;
  }

  private int tasksOverdue(Instant now) {
    List<Task> overdue = taskService.createTaskQuery().dueBefore(Date.from(now)).list();
    Map<String, SupervisionModel> models = modelsOf(overdue);
    int raised = 0;
    for (Task task : overdue) {
      SupervisionModel model = models.get(task.getProcessInstanceId());
      if (model == null) {
        continue;
      }
      String subject = "task-overdue:" + task.getId();
      if (notices.raiseOnce(
          subject,
          escalation(task),
          NoticeKind.TASK_OVERDUE,
          model.getId(),
          task.getTaskDefinitionKey(),
          due(task.getDueDate().toInstant()))) {
        raised++;
      }
    }
    return raised;
  }

  /** The task's holder, the digital office and, for a forum's steps, the presiding leader. */
  private List<Recipient> escalation(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    List<Recipient> to =
        new ArrayList<>(TaskNoticeListener.recipients(task.getAssignee(), groups, unitOf(task)));
    to.add(Recipient.digitalOffice());
    if (ModelLifecycle.TASK_SUBMIT_REVIEW.equals(task.getTaskDefinitionKey())
        || ModelLifecycle.TASK_RULE_ON_MODEL.equals(task.getTaskDefinitionKey())) {
      Object leader =
          runtimeService.getVariable(task.getExecutionId(), ModelLifecycle.VAR_PRESIDING_LEADER);
      if (leader != null) {
        to.add(Recipient.user(leader.toString()));
      }
    }
    return to;
  }

  private Long unitOf(Task task) {
    if (!ModelLifecycle.TASK_CONFIRM_ADOPTION.equals(task.getTaskDefinitionKey())) {
      return null;
    }
    Object code =
        runtimeService.getVariable(task.getExecutionId(), ModelLifecycle.VAR_ADOPTION_UNIT);
    return code == null
        ? null
        : em.createQuery("select u.id from Unit u where u.code = :code", Long.class)
            .setParameter("code", code.toString())
            .getResultStream()
            .findFirst()
            .orElse(null);
  }

  private int conditionsDue(Instant now) {
    LocalDate today = now.atZone(OfficeTime.ZONE).toLocalDate();
    List<DecisionCondition> open =
        em.createQuery(
                "select c from DecisionCondition c where c.closedAt is null and c.dueDate <= :until",
                DecisionCondition.class)
            .setParameter("until", today.plusDays(AHEAD.toDays()))
            .getResultList();
    int raised = 0;
    for (DecisionCondition condition : open) {
      boolean late = condition.getDueDate().isBefore(today);
      List<Recipient> to = new ArrayList<>();
      to.add(Recipient.user(condition.getOwner().getUsername()));
      if (late) {
        to.add(Recipient.digitalOffice());
      }
      if (notices.raiseOnce(
          (late ? "condition-overdue:" : "condition-due:") + condition.getId(),
          to,
          late ? NoticeKind.CONDITION_OVERDUE : NoticeKind.CONDITION_DUE,
          condition.getModel().getId(),
          condition.getText(),
          condition.getDueDate().toString())) {
        raised++;
      }
    }
    return raised;
  }

  private int digests(Instant now) {
    ZonedDateTime office = now.atZone(OfficeTime.ZONE);
    int from =
        ConfigProvider.getConfig(NoticeSweep.class.getClassLoader())
            .getOptionalValue(DIGEST_HOUR, Integer.class)
            .filter(hour -> hour >= 0 && hour < 24)
            .orElse(8);
    if (office.getHour() < from || !dispatch.anyChannel()) {
      return 0;
    }
    return dispatch.digests(office.toLocalDate());
  }

  private Map<String, SupervisionModel> modelsOf(List<Task> tasks) {
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

  private static String due(Instant at) {
    return DUE.format(at.atZone(OfficeTime.ZONE));
  }
}
