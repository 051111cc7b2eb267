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
import org.modelgate.api.security.ModelAction;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;

/**
 * One model with its tabs: overview and comments, attachments, reviews, decisions, funnel,
 * adoption, history and diagram. Each tab's content is read from its service when the tab is first
 * shown. What the user may do now (the model's {@code allowedActions}) shows as links to the forms
 * that do it, or as buttons here (withdraw, retire, new version).
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

  /** The actions done on another page, which the to-do bar links to. */
  private static final Set<ModelAction> LINKED =
      EnumSet.of(
          ModelAction.EDIT,
          ModelAction.SUBMIT,
          ModelAction.RESUBMIT,
          ModelAction.SCREEN,
          ModelAction.ADD_TO_AGENDA,
          ModelAction.REVIEW,
          ModelAction.ABSTAIN,
          ModelAction.RULE,
          ModelAction.CLOSE_CONDITION,
          ModelAction.PLAN_PILOT,
          ModelAction.IMPORT_CLUES,
          ModelAction.END_PILOT,
          ModelAction.DECIDE_PILOT,
          ModelAction.REPORT_ADOPTION);

  @Inject ProposalService proposals;
  @Inject AttachmentService attachmentService;
  @Inject ReviewService reviewService;
  @Inject DecisionService decisionService;

  private long id;
  private SupervisionModelResponse model;
  private List<AttachmentResponse> attachments;
  private List<CommentResponse> comments;
  private List<HistoryEntryResponse> history;
  private ReviewBoardResponse board;
  private List<DecisionResponse> decisions;
  private String comment;
  private String reason;
  private String withdrawReason;

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

  /** Whether the user may take the action (a {@link ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  /** Whether any action leads from this page to a form elsewhere (the to-do bar shows then). */
  public boolean isAnyLinkedAction() {
    return model != null && model.allowedActions().stream().anyMatch(LINKED::contains);
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

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  /** A creator withdraws the submitted model, with a reason; the page shows it withdrawn. */
  public void withdraw() {
    Feedback.call(
            () -> proposals.withdraw(id, new WithdrawRequest(withdrawReason)), "proposal.withdrawn")
        .ifPresent(
            withdrawn -> {
              model = withdrawn;
              withdrawReason = null;
              history = null;
            });
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
