package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.forum.AgendaItemResponse;
import org.modelgate.api.forum.AgendaRequest;
import org.modelgate.api.forum.CreateForumRequest;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.forum.ForumResponse;
import org.modelgate.api.forum.ForumService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.notice.Recipient;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Forums: the digital office schedules them and manages their agendas. Putting a model on an agenda
 * starts its review round: the eligible reviewers get a review task each, due at the forum date
 * plus the grace period; reviewers from a creator's unit and co-creators are excluded and minuted.
 */
@ApplicationScoped
@Transactional
public class DefaultForumService implements ForumService {

  static final String FORUM = "forum";
  private static final int LIST_LIMIT = 200;

  @Inject ForumRepository forums;
  @Inject OrganisationRepository organisation;
  @Inject AccessPolicy access;
  @Inject CurrentCaller currentCaller;
  @Inject ProcessTasks processTasks;
  @Inject LifecycleSettings settings;
  @Inject Notices notices;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Override
  public ForumResponse create(CreateForumRequest request) {
    Caller caller = access.requireOffice("安排论证会");
    validator.valid(request);
    if (request.scheduledAt().atZone(OfficeTime.ZONE).toLocalDate().isBefore(access.today())) {
      throw new InvalidInputException("scheduledAt", "TodayOrLater", "论证会日期不能早于今天");
    }
    UserAccount leader =
        organisation
            .findUserById(request.presidingLeaderId())
            .filter(user -> user.has(Role.LEADER))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "presidingLeaderId",
                        "exists",
                        "用户 " + request.presidingLeaderId() + " 不存在或不是院领导"));
    Set<UserAccount> reviewers = new HashSet<>();
    for (Long reviewerId : request.reviewerIds()) {
      UserAccount reviewer =
          organisation
              .findUserById(reviewerId)
              .filter(user -> user.has(Role.REVIEWER))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "reviewerIds", "exists", "用户 " + reviewerId + " 不存在或不是评审专家"));
      if (!reviewer.isActiveAt(request.scheduledAt())) {
        throw new InvalidInputException(
            "reviewerIds",
            "ActiveAtForumDate",
            "评审专家 " + reviewer.getUsername() + " 的账号在论证会日期前已停用或到期");
      }
      reviewers.add(reviewer);
    }
    Forum forum =
        forums.add(
            new Forum(
                request.title().strip(),
                request.scheduledAt(),
                request.place().strip(),
                leader,
                reviewers,
                currentCaller.account(),
                clock.instant()));
    audit.record(
        new AuditRecord(
            caller.username(),
            "FORUM_CREATED",
            "Forum",
            String.valueOf(forum.getId()),
            null,
            null,
            null,
            forum.getTitle() + "，" + forum.getPlace()));
    forums.flush();
    return toResponse(forum);
  }

  @Override
  public ForumResponse find(long forumId) {
    return toResponse(visibleForum(forumId));
  }

  @Override
  public List<ForumResponse> list() {
    return forums.visible(access.forumScope(currentCaller.get()), LIST_LIMIT).stream()
        .map(this::toResponse)
        .toList();
  }

  @Override
  public ForumResponse addToAgenda(long forumId, AgendaRequest request) {
    access.requireOffice("安排论证议程");
    Forum forum = forum(forumId);
    validator.valid(request);
    requireBeforeForumDate(forum, "增加议程");
    SupervisionModel model = access.require(request.modelId(), ModelAction.ADD_TO_AGENDA);
    if (model.isCreator(forum.getPresidingLeader().getId())) {
      throw new LifecycleViolationException(
          "回避原则：主持人 "
              + forum.getPresidingLeader().getUsername()
              + " 是监督模型 "
              + model.getId()
              + " 的建模人，不能在本次论证会裁决该模型，请改列其他论证会");
    }
    Instant now = clock.instant();
    forums.add(new AgendaItem(forum, model, now));
    List<String> eligible = new ArrayList<>();
    for (UserAccount reviewer : sortedReviewers(forum)) {
      exclusionFor(model, reviewer)
          .ifPresentOrElse(
              kind ->
                  forums.add(new ReviewExclusion(forum, model, reviewer, kind, kind.label(), now)),
              () -> eligible.add(reviewer.getUsername()));
    }
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(),
            "AGENDA_ADDED",
            model.getId(),
            null,
            "论证会 " + forum.getId(),
            forum.getTitle() + "；评审专家：" + String.join("、", eligible)));
    processTasks.correlate(
        ModelLifecycle.MESSAGE_SCHEDULED_ON_FORUM,
        model.getId(),
        Map.of(
            ModelLifecycle.VAR_FORUM_ID, forum.getId(),
            ModelLifecycle.VAR_REVIEWERS, eligible,
            ModelLifecycle.VAR_REVIEW_DEADLINE,
                Date.from(forum.getScheduledAt().plus(settings.reviewGrace())),
            ModelLifecycle.VAR_PRESIDING_LEADER, forum.getPresidingLeader().getUsername()));
    List<Recipient> invited = new ArrayList<>();
    eligible.forEach(reviewer -> invited.add(Recipient.user(reviewer)));
    invited.add(Recipient.user(forum.getPresidingLeader().getUsername()));
    notices.raise(
        invited,
        NoticeKind.FORUM_SCHEDULED,
        model.getId(),
        forum.getTitle(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.modelgate.api.common.OfficeTime.ZONE)
            .format(forum.getScheduledAt()));
    forums.flush();
    return toResponse(forum);
  }

  @Override
  public ForumResponse removeFromAgenda(long forumId, long modelId) {
    access.requireOffice("调整论证议程");
    Forum forum = forum(forumId);
    requireBeforeForumDate(forum, "移出议程");
    SupervisionModel model = access.lockedVisible(modelId);
    AgendaItem item =
        forums
            .agendaItem(forumId, modelId)
            .orElseThrow(
                () -> new EntityNotFoundException("forum" + forumId + " 议程中的监督模型", modelId));
    if (model.getStage() != Stage.FORUM_REVIEW) {
      throw new LifecycleViolationException("监督模型 " + modelId + " 已不在评审中，不能移出议程");
    }
    if (forums.reviewCount(forumId, modelId) > 0) {
      throw new LifecycleViolationException("监督模型 " + modelId + " 已有评审意见提交，不能再移出议程");
    }
    audit.record(
        AuditRecord.onModel(
            currentCaller.get().username(),
            "AGENDA_REMOVED",
            modelId,
            "论证会 " + forumId,
            null,
            forum.getTitle()));
    processTasks.correlate(ModelLifecycle.MESSAGE_REMOVED_FROM_AGENDA, modelId, Map.of());
    List<Recipient> told = new ArrayList<>();
    for (UserAccount reviewer : sortedReviewers(forum)) {
      if (exclusionFor(model, reviewer).isEmpty()) {
        told.add(Recipient.user(reviewer.getUsername()));
      }
    }
    told.add(Recipient.user(forum.getPresidingLeader().getUsername()));
    notices.raise(told, NoticeKind.REMOVED_FROM_AGENDA, modelId, forum.getTitle());
    notices.toCreators(model, NoticeKind.REMOVED_FROM_AGENDA, forum.getTitle());
    forums.removeAgendaItem(item);
    forums.flush();
    return toResponse(forum);
  }

  /** Why the reviewer may not review the model, if they may not. */
  static Optional<ExclusionKind> exclusionFor(SupervisionModel model, UserAccount reviewer) {
    if (model.isCreator(reviewer.getId())) {
      return Optional.of(ExclusionKind.CO_CREATOR);
    }
    if (model.creatorUnitIds().contains(reviewer.getUnit().getId())) {
      return Optional.of(ExclusionKind.SAME_UNIT);
    }
    return Optional.empty();
  }

  private Forum forum(long forumId) {
    return forums.findById(forumId).orElseThrow(() -> new EntityNotFoundException(FORUM, forumId));
  }

  /**
   * The forum if the caller sees it or at least one of its agenda items; otherwise not found (and
   * the refusal audited), so that a forum's existence cannot be probed.
   */
  public Forum visibleForum(long forumId) {
    Forum forum = forum(forumId);
    Caller caller = currentCaller.get();
    if (!seesWhole(caller, forum) && visibleAgenda(caller, forum).isEmpty()) {
      access.deny(caller, caller.username() + " 无权查看论证会 " + forumId);
      throw new EntityNotFoundException(FORUM, forumId);
    }
    return forum;
  }

  /** The agenda items of the forum the caller sees, in agenda order. */
  public List<AgendaItem> visibleAgenda(Caller caller, Forum forum) {
    List<AgendaItem> agenda = forums.agenda(forum.getId());
    if (seesWhole(caller, forum)) {
      return agenda;
    }
    return agenda.stream().filter(item -> access.seesAgendaItem(caller, item.getModel())).toList();
  }

  private boolean seesWhole(Caller caller, Forum forum) {
    return access.seesWholeForum(
        caller,
        forum.getPresidingLeader().getId(),
        forum.getReviewers().stream().map(UserAccount::getId).collect(Collectors.toSet()));
  }

  /** Agenda changes are possible until the end of the forum's day (Asia/Shanghai). */
  private void requireBeforeForumDate(Forum forum, String action) {
    LocalDate day = forumDay(forum);
    if (access.today().isAfter(day)) {
      throw new LifecycleViolationException(
          "论证会 " + forum.getId() + " 已于 " + day + " 召开，不能再" + action);
    }
  }

  /** The forum's day in the office's time zone. */
  private static LocalDate forumDay(Forum forum) {
    return forum.getScheduledAt().atZone(OfficeTime.ZONE).toLocalDate();
  }

  private static List<UserAccount> sortedReviewers(Forum forum) {
    return forum.getReviewers().stream()
        .sorted(Comparator.comparing(UserAccount::getUsername))
        .toList();
  }

  /**
   * The forum with the agenda items the caller sees. Who reviews is told only to those who see the
   * whole forum: a creator or unit staff learn when and where their model is heard, not by whom.
   */
  public ForumResponse toResponse(Forum forum) {
    Caller caller = currentCaller.get();
    boolean whole = seesWhole(caller, forum);
    List<AgendaItemResponse> agenda = new ArrayList<>();
    for (AgendaItem item : visibleAgenda(caller, forum)) {
      SupervisionModel model = item.getModel();
      List<ExclusionResponse> exclusions =
          forums.exclusions(forum.getId(), model.getId()).stream()
              .map(ReviewExclusion::toResponse)
              .toList();
      Set<Long> excluded = new HashSet<>();
      exclusions.forEach(exclusion -> excluded.add(exclusion.reviewer().id()));
      List<UserRef> eligible =
          sortedReviewers(forum).stream()
              .filter(reviewer -> !excluded.contains(reviewer.getId()))
              .map(UserAccount::toRef)
              .toList();
      agenda.add(
          new AgendaItemResponse(
              model.getId(),
              model.getTitle(),
              model.getOwningUnit().getName(),
              model.getStage(),
              whole ? eligible : List.of(),
              whole ? exclusions : List.of(),
              access.allowedActions(model)));
    }
    return new ForumResponse(
        forum.getId(),
        forum.getTitle(),
        forum.getScheduledAt(),
        forum.getPlace(),
        forum.getPresidingLeader().toRef(),
        whole ? sortedReviewers(forum).stream().map(UserAccount::toRef).toList() : List.of(),
        agenda,
        access.office(caller) && !access.today().isAfter(forumDay(forum)));
  }
}
