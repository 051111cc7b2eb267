package org.modelgate.web.ui.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.decision.ConditionRequest;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.decision.RulingRequest;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.security.Role;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;

/**
 * The presiding leader's ruling on a model after its forum, with the reviews beside it as the
 * evidence: scores, averages, disagreement, exclusions and abstentions. A conditional go names its
 * conditions, each with an owner and a due date.
 */
@Named
@ViewScoped
public class RulingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject ReviewService reviewService;
  @Inject DecisionService decisionService;
  @Inject OrganisationService organisation;

  private long modelId;
  private SupervisionModelResponse model;
  private ReviewBoardResponse board;
  private List<UserRef> owners;
  private DecisionResponse decision;
  private ForumRuling outcome;
  private String reason;
  private final List<Condition> conditions = new ArrayList<>();

  /** One condition of a conditional go as the leader fills it in. */
  public static class Condition implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private Long ownerId;
    private LocalDate dueDate = LocalDate.now().plusDays(30);

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public Long getOwnerId() {
      return ownerId;
    }

    public void setOwnerId(Long ownerId) {
      this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }

    ConditionRequest toRequest() {
      return new ConditionRequest(text, ownerId, dueDate);
    }
  }

  /** Opens the page: 404 or 403 if the model does not exist or the user may not see it. */
  public void load() {
    model = Feedback.load(() -> proposals.find(modelId)).orElse(null);
  }

  public ReviewBoardResponse getBoard() {
    if (board == null) {
      board = reviewService.board(modelId);
    }
    return board;
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  public ForumRuling[] getOutcomes() {
    return ForumRuling.values();
  }

  public boolean isConditional() {
    return outcome == ForumRuling.CONDITIONAL_GO;
  }

  /** Who may own a condition: the digital office's staff and the creators. */
  public List<UserRef> getOwners() {
    if (owners == null) {
      Map<Long, UserRef> byId = new LinkedHashMap<>();
      for (Role role : List.of(Role.STAFF, Role.CREATOR)) {
        for (UserRef user : organisation.usersWithRole(role)) {
          byId.putIfAbsent(user.id(), user);
        }
      }
      owners = List.copyOf(byId.values());
    }
    return owners;
  }

  /** The outcome changed: a conditional go starts with one condition to fill in. */
  public void outcomeChanged() {
    if (isConditional() && conditions.isEmpty()) {
      conditions.add(new Condition());
    }
  }

  public void addCondition() {
    conditions.add(new Condition());
  }

  public void removeCondition(Condition condition) {
    conditions.remove(condition);
  }

  /** Checks the ruling the way the service will, before the confirmation is asked for. */
  public void check() {
    Feedback.rehearse(() -> decisionService.rule(modelId, request()));
  }

  private RulingRequest request() {
    List<ConditionRequest> requested =
        isConditional() ? conditions.stream().map(Condition::toRequest).toList() : List.of();
    return new RulingRequest(outcome, reason, requested);
  }

  public void rule() {
    Feedback.call(() -> decisionService.rule(modelId, request()), "ruling.done")
        .ifPresent(
            ruled -> {
              decision = ruled;
              model = proposals.find(modelId);
              Feedback.nextStep(modelId);
            });
  }

  public long getModelId() {
    return modelId;
  }

  public void setModelId(long modelId) {
    this.modelId = modelId;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public DecisionResponse getDecision() {
    return decision;
  }

  public ForumRuling getOutcome() {
    return outcome;
  }

  public void setOutcome(ForumRuling outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Condition> getConditions() {
    return conditions;
  }
}
