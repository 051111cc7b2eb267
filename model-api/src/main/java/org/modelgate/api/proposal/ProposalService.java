package org.modelgate.api.proposal;

import java.util.List;
import org.modelgate.api.common.PageResponse;

/**
 * Supervision models from draft to screening, on behalf of the signed-in caller: drafting, editing,
 * submitting, revising, withdrawing, screening, comments, similar models and history. Every rule is
 * checked here, whoever calls.
 */
public interface ProposalService {

  /** Creates a draft owned by the caller and the caller's unit. Needs the role creator. */
  SupervisionModelResponse createDraft(DraftRequest request);

  /** The model, if the caller may see it. */
  SupervisionModelResponse find(long modelId);

  /** The models the caller may see that match the query, newest first. */
  PageResponse<ModelSummaryResponse> list(ModelQuery query);

  /**
   * Replaces a draft's (or a returned model's) content. {@code expectedRowVersion} is the version
   * the caller edited; a different current version means someone else saved first.
   */
  SupervisionModelResponse update(long modelId, long expectedRowVersion, DraftRequest request);

  /**
   * Submits a draft: starts its lifecycle process, which moves it to SCREENING. The model's record
   * and the process start commit together or not at all.
   */
  SupervisionModelResponse submit(long modelId);

  /** Hands a returned or recycled model back after revision. */
  SupervisionModelResponse resubmit(long modelId);

  /** Withdraws a submitted model at any stage before adoption. Its creators only. */
  SupervisionModelResponse withdraw(long modelId, WithdrawRequest request);

  /**
   * Starts a new version of a model on hold (审慎使用): a draft with the same content, version + 1,
   * linked to the held one. Its creators only.
   */
  SupervisionModelResponse newVersion(long modelId);

  /** A leader delists an adopted model from the library (RETIRED), with a reason. */
  SupervisionModelResponse retire(long modelId, WithdrawRequest request);

  /** Screens a proposal: accept, return for revision, or reject. City-wide staff only. */
  SupervisionModelResponse screen(long modelId, ScreeningRequest request);

  /** The models active or listed on the same supervision point (homogeneity check). */
  List<ModelSummaryResponse> similarModels(long modelId);

  List<CommentResponse> comments(long modelId);

  CommentResponse addComment(long modelId, CommentRequest request);

  /** Everything that happened to the model, oldest first. */
  List<HistoryEntryResponse> history(long modelId);
}
