package org.modelgate.web.ui.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.forum.AgendaItemResponse;
import org.modelgate.api.forum.AgendaRequest;
import org.modelgate.api.forum.ForumResponse;
import org.modelgate.api.forum.ForumService;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;

/**
 * One forum: when and where, who presides and reviews, its agenda with the exclusions and the state
 * of the reviews per model, the minutes; the digital office adds and removes models until the end
 * of the forum's day. What the user may do is the service's answer: the forum's {@code agendaOpen}
 * and each agenda item's {@code allowedActions}.
 */
@Named
@ViewScoped
public class ForumPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ForumService forumService;
  @Inject ProposalService proposals;
  @Inject ReviewService reviewService;

  private long id;
  private ForumResponse forum;
  private List<ModelSummaryResponse> candidates;
  private final Map<Long, ReviewBoardResponse> boards = new HashMap<>();
  private Long modelId;

  /** Opens the page: 404 or 403 if the forum does not exist or the user may not see it. */
  public void load() {
    forum = Feedback.load(() -> forumService.find(id)).orElse(null);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ForumResponse getForum() {
    return forum;
  }

  public boolean isUpcoming() {
    return forum != null && forum.scheduledAt().isAfter(Instant.now());
  }

  /** Whether the user may change the agenda now (the service's {@code agendaOpen}). */
  public boolean isScheduler() {
    return forum != null && forum.agendaOpen();
  }

  /**
   * Whether the user may take the action (a {@code ModelAction} name) on the agenda item's model.
   */
  public boolean itemCan(AgendaItemResponse item, String action) {
    return Actions.allows(item.allowedActions(), action);
  }

  /** Models awaiting a forum that are not yet on this agenda. Only for the digital office. */
  public List<ModelSummaryResponse> getCandidates() {
    if (candidates == null) {
      if (!isScheduler()) {
        candidates = List.of();
      } else {
        Set<Long> onAgenda =
            forum.agenda().stream().map(AgendaItemResponse::modelId).collect(Collectors.toSet());
        candidates =
            proposals
                .list(new ModelQuery(Stage.AWAITING_FORUM, null, null, null, null, 0, 200))
                .items()
                .stream()
                .filter(model -> !onAgenda.contains(model.id()))
                .filter(model -> Actions.allows(model.allowedActions(), "ADD_TO_AGENDA"))
                .toList();
      }
    }
    return candidates;
  }

  /** The reviews of a model on the agenda as the service shows them to the user. */
  public ReviewBoardResponse board(long model) {
    return boards.computeIfAbsent(
        model,
        key -> {
          try {
            return reviewService.board(key);
          } catch (AccessDeniedException | EntityNotFoundException e) {
            return new ReviewBoardResponse(
                key, id, false, List.of(), List.of(), false, List.of(), List.of());
          }
        });
  }

  public Long getModelId() {
    return modelId;
  }

  public void setModelId(Long modelId) {
    this.modelId = modelId;
  }

  public void addToAgenda() {
    Feedback.call(
            () -> forumService.addToAgenda(id, new AgendaRequest(modelId)), "forum.agendaAdded")
        .ifPresent(this::refresh);
  }

  public void removeFromAgenda(AgendaItemResponse item) {
    Feedback.call(
            () -> forumService.removeFromAgenda(id, item.modelId()),
            "forum.agendaRemoved",
            item.title())
        .ifPresent(this::refresh);
  }

  private void refresh(ForumResponse changed) {
    forum = changed;
    candidates = null;
    boards.clear();
    modelId = null;
  }
}
