package org.modelgate.web.ui.model;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.inbox.TaskResponse;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.proposal.CommentRequest;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.proposal.WithdrawRequest;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;

/**
 * One model with its tabs: overview and comments, attachments, reviews, decisions, funnel,
 * adoption, history and diagram. Each tab's content is read from its service when the tab is first
 * shown; the user's own tasks on the model lead to the forms that do them.
 */
@Named
@ViewScoped
public class ModelPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Stages in which the model has clues and a funnel. */
  private static final Set<Stage> WITH_CLUES =
      EnumSet.of(
          Stage.PILOT,
          Stage.EVALUATION,
          Stage.ADOPTION,
          Stage.ADOPTED,
          Stage.ON_HOLD,
          Stage.RETIRED);

  @Inject ProposalService proposals;
  @Inject AttachmentService attachmentService;
  @Inject ReviewService reviewService;
  @Inject DecisionService decisionService;
  @Inject InboxService inbox;

  private long id;
  private SupervisionModelResponse model;
  private List<AttachmentResponse> attachments;
  private List<CommentResponse> comments;
  private List<HistoryEntryResponse> history;
  private ReviewBoardResponse board;
  private List<DecisionResponse> decisions;
  private List<TaskResponse> tasks;
  private String comment;
  private String reason;

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(id)).orElse(null);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public List<AttachmentResponse> getAttachments() {
    if (attachments == null) {
      attachments = attachmentService.attachments(id);
    }
    return attachments;
  }

  public List<CommentResponse> getComments() {
    if (comments == null) {
      comments = proposals.comments(id);
    }
    return comments;
  }

  public List<HistoryEntryResponse> getHistory() {
    if (history == null) {
      history = proposals.history(id);
    }
    return history;
  }

  public ReviewBoardResponse getBoard() {
    if (board == null) {
      board = reviewService.board(id);
    }
    return board;
  }

  public List<DecisionResponse> getDecisions() {
    if (decisions == null) {
      decisions = decisionService.decisions(id);
    }
    return decisions;
  }

  /** The user's open tasks on this model. */
  public List<TaskResponse> getTasks() {
    if (tasks == null) {
      tasks = inbox.tasks().stream().filter(task -> task.modelId() == id).toList();
    }
    return tasks;
  }

  public boolean isEditable() {
    return model != null && (model.stage() == Stage.DRAFT || model.stage() == Stage.REVISION);
  }

  public boolean isWithClues() {
    return model != null && WITH_CLUES.contains(model.stage());
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /** A history entry's action in the page's language, e.g. {@code RULING} as 论证结论. */
  public String actionLabel(String action) {
    return Texts.getOrDefault("history." + action, action);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** A leader delists an adopted model from the library, with a reason. */
  public void retire() {
    Feedback.call(() -> proposals.retire(id, new WithdrawRequest(reason)), "model.retired")
        .ifPresent(
            retired -> {
              model = retired;
              reason = null;
              history = null;
            });
  }

  /** A creator starts the next version of a model on hold; the page moves to the new draft. */
  public String newVersion() {
    return Feedback.call(() -> proposals.newVersion(id), "model.newVersionCreated")
        .map(draft -> "/proposal?faces-redirect=true&id=" + draft.id())
        .orElse(null);
  }

  public void addComment() {
    if (Feedback.run(
        () -> proposals.addComment(id, new CommentRequest(comment)), "model.commentAdded")) {
      comment = null;
      comments = null;
      history = null;
    }
  }
}
