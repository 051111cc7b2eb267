package org.modelgate.api.review;

/** Reviewing a model on a forum's agenda. */
public interface ReviewService {

  /** Submits the caller's review; they must be an eligible reviewer with an open review task. */
  ReviewResponse submit(long modelId, SubmitReviewRequest request);

  /** The caller declares a conflict of interest and abstains from reviewing the model. */
  ReviewBoardResponse abstain(long modelId, AbstainRequest request);

  /** The reviews side by side, with disagreement flagged. */
  ReviewBoardResponse board(long modelId);
}
