package org.modelgate.api.review;

/** Reviewing a model on a forum's agenda. */
public interface ReviewService {

  /** Submits the caller's review; they must be an eligible reviewer with an open review task. */
  ReviewResponse submit(long modelId, SubmitReviewRequest request);

  /** The caller declares a conflict of interest and abstains from reviewing the model. */
  ReviewBoardResponse abstain(long modelId, AbstainRequest request);

  /**
   * The reviews side by side, with disagreement flagged, as far as the access policy lets the
   * caller read them: with names, without names ({@code reviewer} null), or not at all.
   */
  ReviewBoardResponse board(long modelId);

  /**
   * The minutes of a forum: its attendees and, for each agenda item the caller may see, the reviews
   * (section by section under the same rule as {@link #board}), exclusions and ruling.
   */
  MinutesResponse minutes(long forumId);
}
