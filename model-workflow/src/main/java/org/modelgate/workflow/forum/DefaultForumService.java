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
    Caller caller = access.requireOffice();
    validator.valid(request);
    LocalDate day = request.scheduledAt().atZone(OfficeTime.ZONE).toLocalDate();
    if (day.isBefore(access.today())) {
      throw InvalidInputException.of(
          "scheduledAt",
          "TodayOrLater",
          "forum.date-in-past",
          "date",
          day,
          "today",
          access.today());
    }
    UserAccount leader =
        organisation
            .findUserById(request.presidingLeaderId())
            .filter(user -> user.has(Role.LEADER))
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "presidingLeaderId",
                        "exists",
                        "forum.leader-unknown",
                        "id",
                        request.presidingLeaderId()));
    Set<UserAccount> reviewers = new HashSet<>();
    for (Long reviewerId : request.reviewerIds()) {
      UserAccount reviewer =
          organisation
              .findUserById(reviewerId)
              .filter(user -> user.has(Role.REVIEWER))
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "reviewerIds", "exists", "forum.reviewer-unknown", "id", reviewerId));
      if (!reviewer.isActiveAt(request.scheduledAt())) {
        throw InvalidInputException.of(
            "reviewerIds",
            "ActiveAtForumDate",
            "forum.reviewer-inactive",
            "username",
            reviewer.getUsername(),
            "date",
            day);
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
                null)
            .saying(
                "history.forum-created",
                "title",
                forum.getTitle(),
                "place",
                forum.getPlace(),
                "scheduledAt",
                forum.getScheduledAt()));
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
    access.requireOffice();
    Forum forum = forum(forumId);
    validator.valid(request);
    requireBeforeForumDate(forum);
    SupervisionModel model = access.require(request.modelId(), ModelAction.ADD_TO_AGENDA);
    if (model.isCreator(forum.getPresidingLeader().getId())) {
      throw new LifecycleViolationException(
          "forum.presiding-is-creator",
          "username",
          forum.getPresidingLeader().getUsername(),
          "id",
          model.getId(),
          "forumId",
          forum.getId());
    }
    Instant now = clock.instant();
    forums.add(new AgendaItem(forum, model, now));
    List<String> eligible = new ArrayList<>();
    for (UserAccount reviewer : sortedReviewers(forum)) {
      exclusionFor(model, reviewer)
          .ifPresentOrElse(
              kind -> forums.add(new ReviewExclusion(forum, model, reviewer, kind, null, now)),
              () -> eligible.add(reviewer.getUsername()));
    }
    audit.record(
        AuditRecord.onModel(
                currentCaller.get().username(),
                "AGENDA_ADDED",
                model.getId(),
                null,
                String.valueOf(forum.getId()),
                null)
            .saying(
                "history.agenda-added",
                "forumId",
                forum.getId(),
                "forum",
                forum.getTitle(),
                "reviewers",
                List.copyOf(eligible)));
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
    access.requireOffice();
    Forum forum = forum(forumId);
    requireBeforeForumDate(forum);
    SupervisionModel model = access.lockedVisible(modelId);
    AgendaItem item =
        forums
            .agendaItem(forumId, modelId)
            .orElseThrow(() -> new EntityNotFoundException("agenda-item", modelId));
    if (model.getStage() != Stage.FORUM_REVIEW) {
      throw new LifecycleViolationException(
          "forum.not-in-review", "id", modelId, "stage", model.getStage());
    }
    if (forums.reviewCount(forumId, modelId) > 0) {
      throw new LifecycleViolationException("forum.reviews-submitted", "id", modelId);
    }
    audit.record(
        AuditRecord.onModel(
                currentCaller.get().username(),
                "AGENDA_REMOVED",
                modelId,
                String.valueOf(forumId),
                null,
                null)
            .saying("history.agenda-removed", "forumId", forumId, "forum", forum.getTitle()));
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
      access.deny(caller, "access.forum-hidden", "username", caller.username(), "id", forumId);
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
  private void requireBeforeForumDate(Forum forum) {
    LocalDate day = forumDay(forum);
    if (access.today().isAfter(day)) {
      throw new LifecycleViolationException("forum.already-held", "id", forum.getId(), "date", day);
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
