package org.modelgate.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.api.forum.ExclusionResponse;
import org.modelgate.api.review.AbstainRequest;
import org.modelgate.api.review.CriterionSummary;
import org.modelgate.api.review.MinutesResponse;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.review.SubmitReviewRequest;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.forum.AgendaItem;
import org.modelgate.workflow.forum.ForumRepository;
import org.modelgate.workflow.forum.ReviewExclusion;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.AccessRules.ReviewVisibility;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Reviews at a forum. A reviewer reviews through their own review task, so a review outside the
 * round (excluded, late, twice) has no task and is refused. Others' reviews stay hidden from a
 * reviewer until they have submitted (or abstained), so that nobody anchors on the first opinion.
 */
@ApplicationScoped
@Transactional
public class DefaultReviewService implements ReviewService {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject ForumRepository forums;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject ProcessTasks processTasks;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject Minutes minutes;
  @Inject AuditTrail audit;

  @Override
  public ReviewResponse submit(long modelId, SubmitReviewRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.REVIEW);
    Caller caller = currentCaller.get();
    validator.valid(request);
    Task task = reviewTask(model, caller);
    AgendaItem round = currentRound(model);
    Review review =
        new Review(round.getForum(), model, currentCaller.account(), request, clock.instant());
    em.persist(review);
    audit.record(
        AuditRecord.onModel(caller.username(), "REVIEW_SUBMITTED", modelId, null, null, null)
            .saying(
                "history.review",
                "necessity",
                request.necessity(),
                "feasibility",
                request.feasibility(),
                "clueAccuracy",
                request.clueAccuracy(),
                "promotionValue",
                request.promotionValue()));
    processTasks.complete(task, caller.username(), Map.of());
    em.flush();
    return review.toResponse();
  }

  @Override
  public ReviewBoardResponse abstain(long modelId, AbstainRequest request) {
    SupervisionModel model = access.require(modelId, ModelAction.ABSTAIN);
    Caller caller = currentCaller.get();
    validator.valid(request);
    Task task = reviewTask(model, caller);
    AgendaItem round = currentRound(model);
    em.persist(
        new ReviewExclusion(
            round.getForum(),
            model,
            currentCaller.account(),
            ExclusionKind.ABSTAINED,
            request.reason().strip(),
            clock.instant()));
    audit.record(
        AuditRecord.onModel(
            caller.username(), "REVIEW_ABSTAINED", modelId, null, null, request.reason()));
    processTasks.complete(task, caller.username(), Map.of());
    em.flush();
    return board(modelId);
  }

  @Override
  public ReviewBoardResponse board(long modelId) {
    SupervisionModel model = access.visible(modelId);
    return forums
        .latestAgendaItem(modelId)
        .map(round -> boardAt(model, round.getForum().getId()))
        .orElseGet(
            () ->
                new ReviewBoardResponse(
                    modelId, null, false, List.of(), List.of(), false, List.of(), List.of()));
  }

  @Override
  public MinutesResponse minutes(long forumId) {
    return minutes.of(forumId, this);
  }

  /**
   * The reviews of the model at the forum as far as the caller may read them (DESIGN §3a): with
   * names, without names, or not at all (then only the caller's own review, if any).
   */
  ReviewBoardResponse boardAt(SupervisionModel model, long forumId) {
    long modelId = model.getId();
    ReviewVisibility visibility = access.reviews(model);
    long me = currentCaller.get().userId();
    List<ReviewResponse> reviews =
        em.createQuery(
                "select r from Review r where r.forum.id = :forum and r.model.id = :model"
                    + " order by r.submittedAt, r.id",
                Review.class)
            .setParameter("forum", forumId)
            .setParameter("model", modelId)
            .getResultStream()
            .map(Review::toResponse)
            .toList();
    List<ExclusionResponse> exclusions =
        forums.exclusions(forumId, modelId).stream().map(ReviewExclusion::toResponse).toList();
    if (visibility == ReviewVisibility.HIDDEN) {
      List<ReviewResponse> own =
          reviews.stream().filter(review -> review.reviewer().id() == me).toList();
      return new ReviewBoardResponse(
          modelId, forumId, false, own, List.of(), false, List.of(), List.of());
    }
    List<UserRef> pending =
        processTasks.open(model.getProcessInstanceId(), ModelLifecycle.TASK_SUBMIT_REVIEW).stream()
            .map(Task::getAssignee)
            .sorted()
            .map(
                username ->
                    organisation
                        .findUser(username)
                        .map(user -> user.toRef())
                        .orElse(new UserRef(0, username, username)))
            .toList();
    List<CriterionSummary> criteria = Scorecards.summarize(reviews);
    if (visibility == ReviewVisibility.ANONYMOUS) {
      reviews = reviews.stream().map(DefaultReviewService::anonymous).toList();
      exclusions =
          exclusions.stream()
              .map(exclusion -> new ExclusionResponse(null, exclusion.kind(), null))
              .toList();
      pending = List.of();
    }
    return new ReviewBoardResponse(
        modelId,
        forumId,
        true,
        reviews,
        criteria,
        criteria.stream().anyMatch(CriterionSummary::disagreement),
        pending,
        exclusions);
  }

  private static ReviewResponse anonymous(ReviewResponse review) {
    return new ReviewResponse(
        review.id(),
        review.forumId(),
        null,
        review.necessity(),
        review.feasibility(),
        review.clueAccuracy(),
        review.promotionValue(),
        review.practicalSignificance(),
        review.expectedEffect(),
        review.difficulties(),
        review.attentionPoints(),
        review.submittedAt());
  }

  private Task reviewTask(SupervisionModel model, Caller caller) {
    return processTasks
        .assignedTo(
            model.getProcessInstanceId(), ModelLifecycle.TASK_SUBMIT_REVIEW, caller.username())
        .orElseThrow(
            () ->
                new LifecycleViolationException(
                    "review.no-open-task",
                    "username",
                    caller.username(),
                    "id",
                    model.getId(),
                    "stage",
                    model.getStage()));
  }

  private AgendaItem currentRound(SupervisionModel model) {
    return forums
        .latestAgendaItem(model.getId())
        .orElseThrow(
            () -> new LifecycleViolationException("review.not-on-agenda", "id", model.getId()));
  }
}
