package org.modelgate.workflow.model;

import java.time.LocalDate;
import java.util.Set;
import org.modelgate.api.proposal.Stage;

/**
 * What the access policy needs to know about one model to decide for a caller: its stage, who made
 * it, which units work on it, the forum round it is in, and which process tasks are open. Loaded by
 * {@link ModelFactsLoader}; a plain value, so that the rules can be tested as a table.
 *
 * @param creatorIds the creator and the co-creators
 * @param pilotUnitIds units of the model's pilot plans
 * @param adoptingUnitIds units in the model's adoption matrix
 * @param reviewerIds reviewers invited to any forum that had the model on its agenda
 * @param round the latest forum round, or null before the model was put on an agenda
 * @param openTasks the keys of the open user tasks of the model's process
 * @param reviewTaskHolders usernames holding an open review task
 * @param openConditionOwnerIds owners of the open conditions of a conditional go
 * @param hasNextVersion whether a next version of this (held) model exists
 */
public record ModelFacts(
    long modelId,
    Stage stage,
    long owningUnitId,
    Set<Long> creatorIds,
    Set<Long> pilotUnitIds,
    Set<Long> adoptingUnitIds,
    Set<Long> reviewerIds,
    Round round,
    Set<String> openTasks,
    Set<String> reviewTaskHolders,
    Set<Long> openConditionOwnerIds,
    boolean hasNextVersion) {

  public ModelFacts {
    creatorIds = Set.copyOf(creatorIds);
    pilotUnitIds = Set.copyOf(pilotUnitIds);
    adoptingUnitIds = Set.copyOf(adoptingUnitIds);
    reviewerIds = Set.copyOf(reviewerIds);
    openTasks = Set.copyOf(openTasks);
    reviewTaskHolders = Set.copyOf(reviewTaskHolders);
    openConditionOwnerIds = Set.copyOf(openConditionOwnerIds);
  }

  /**
   * The model's latest forum round.
   *
   * @param forumDate the forum's day in Asia/Shanghai
   * @param invitedIds reviewers invited to this forum
   * @param excludedIds reviewers excluded for a conflict of interest (not those who abstained)
   * @param abstainedIds reviewers who abstained
   * @param submittedIds reviewers who submitted their review
   * @param ruled whether the presiding leader has ruled on the model in this round
   */
  public record Round(
      long forumId,
      long presidingLeaderId,
      LocalDate forumDate,
      Set<Long> invitedIds,
      Set<Long> excludedIds,
      Set<Long> abstainedIds,
      Set<Long> submittedIds,
      boolean ruled) {

    public Round {
      invitedIds = Set.copyOf(invitedIds);
      excludedIds = Set.copyOf(excludedIds);
      abstainedIds = Set.copyOf(abstainedIds);
      submittedIds = Set.copyOf(submittedIds);
    }
  }
}
