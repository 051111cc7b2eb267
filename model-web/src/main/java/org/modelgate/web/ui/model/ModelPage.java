package org.modelgate.web.ui.model;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.modelgate.api.common.Labels;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.proposal.CommentRequest;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.api.proposal.CurrentStepResponse;
import org.modelgate.api.proposal.DiagramService;
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
  @Inject DiagramService diagrams;
  @Inject OrganisationService organisation;

  private long id;
  private SupervisionModelResponse model;
  private List<AttachmentResponse> attachments;
  private List<CommentResponse> comments;
  private List<HistoryEntryResponse> history;
  private ReviewBoardResponse board;
  private List<DecisionResponse> decisions;
  private List<CurrentStepResponse> currentSteps;
  private List<LifecycleStepper.Step> stepper;
  private HistoryKind historyKind;
  private boolean newestFirst = true;
  private String comment;
  private String reason;
  private String withdrawReason;
  private transient HistoryLines historyLines;

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

  /** The history as the tab shows it: of the chosen kind, newest first unless turned round. */
  public List<HistoryEntryResponse> getShownHistory() {
    return HistoryKind.select(getHistory(), historyKind, newestFirst);
  }

  /** The printed record: every entry, oldest first (a record for the file reads forward). */
  public List<HistoryEntryResponse> getRecord() {
    return HistoryKind.select(getHistory(), null, false);
  }

  /** When the page was made, for the printed record. */
  public Instant getNow() {
    return Instant.now();
  }

  public HistoryKind[] getHistoryKinds() {
    return HistoryKind.values();
  }

  public HistoryKind getHistoryKind() {
    return historyKind;
  }

  public void setHistoryKind(HistoryKind historyKind) {
    this.historyKind = historyKind;
  }

  public boolean isNewestFirst() {
    return newestFirst;
  }

  /** Turns the history round: newest first or oldest first. */
  public void toggleOrder() {
    newestFirst = !newestFirst;
  }

  /** The steps the model waits at now, with who holds each and by when. */
  public List<CurrentStepResponse> getCurrentSteps() {
    if (currentSteps == null) {
      currentSteps = model == null ? List.of() : diagrams.currentSteps(id);
    }
    return currentSteps;
  }

  /** Who holds a step, for people: the person, else the unit, else the groups it is offered to. */
  public String holder(CurrentStepResponse step) {
    if (step.assigneeName() != null) {
      return step.assigneeName();
    }
    if (step.unitName() != null) {
      return step.unitName();
    }
    if (step.candidateGroups().isEmpty()) {
      return Texts.get("model.holderNone");
    }
    return step.candidateGroups().stream()
        .map(group -> Texts.getOrDefault("model.holderGroup." + group, group))
        .collect(Collectors.joining(Texts.get("model.listSeparator")));
  }

  /** A step's name in the page's language (the process's name where the bundle has none). */
  public String stepName(CurrentStepResponse step) {
    return Texts.getOrDefault("task." + step.elementId(), step.name());
  }

  public boolean overdue(CurrentStepResponse step) {
    return step.dueAt() != null && step.dueAt().isBefore(Instant.now());
  }

  /** The six phases of the lifecycle and where the model stands on them, exits included. */
  public List<LifecycleStepper.Step> getStepper() {
    if (stepper == null && model != null) {
      Stage exitedFrom = null;
      if (LifecycleStepper.isExit(model.stage())) {
        // The stage the model left the main path from: the last change into its present stage.
        exitedFrom =
            getHistory().stream()
                .filter(
                    h ->
                        "STAGE_CHANGED".equals(h.action())
                            && model.stage().name().equals(h.after())
                            && h.before() != null)
                .reduce((first, second) -> second)
                .map(h -> Stage.valueOf(h.before()))
                .orElse(null);
      }
      stepper = LifecycleStepper.steps(model.stage(), exitedFrom);
    }
    return stepper;
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

  /** What a history entry did, in words, naming its clue where it is about one. */
  public String entryLabel(HistoryEntryResponse entry) {
    String action = actionLabel(entry.action());
    return entry.subject() == null
        ? action
        : Texts.get("model.historySubject", action, entry.subject());
  }

  /** What a history entry changed, in words: stages, an outcome, or done or refused. */
  public String change(HistoryEntryResponse entry) {
    return historyLines().change(entry);
  }

  /** The system's line of a history entry and what people wrote with it, in the page's language. */
  public String detail(HistoryEntryResponse entry) {
    return historyLines().detail(entry);
  }

  /** The unit of a history entry's actor in the page's language. */
  public String actorUnit(HistoryEntryResponse entry) {
    return historyLines().unit(entry);
  }

  private HistoryLines historyLines() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (historyLines == null || !historyLines.locale().equals(faces.getViewRoot().getLocale())) {
      historyLines =
          new HistoryLines(
              faces.getViewRoot().getLocale(),
              faces.getApplication().getResourceBundle(faces, "msg"),
              organisation.units().stream()
                  .collect(Collectors.toMap(UnitResponse::code, Function.identity())));
    }
    return historyLines;
  }

  /** A comment's heading where it was written with an action (a withdrawal, a screening). */
  public String commentKind(CommentResponse comment) {
    return comment.kind() == null
        ? ""
        : Labels.of(comment.kind(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The first step of an irreversible action: only checks the form; the page then confirms. */
  public void validateOnly() {
    // Validation ran in the request's validation phase; nothing else to do.
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
              afterAction();
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
              afterAction();
            });
  }

  /** A creator starts the next version of a model on hold; the page moves to the new draft. */
  public String newVersion() {
    return Feedback.call(() -> proposals.newVersion(id), "model.newVersionCreated")
        .map(draft -> "/proposal?faces-redirect=true&id=" + draft.id())
        .orElse(null);
  }

  /** After an action here: forget what changed and offer the link to the next step. */
  private void afterAction() {
    currentSteps = null;
    stepper = null;
    Feedback.nextStep(id);
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
