package org.modelgate.api.proposal;

/** Drafting and submitting supervision models, on behalf of the signed-in caller. */
public interface ProposalService {

  /**
   * Creates a draft owned by the caller and the caller's unit. Needs the role creator; the
   * request's constraints are checked here, whoever calls.
   */
  SupervisionModelResponse createDraft(CreateDraftRequest request);

  /** The model, if the caller may see it. */
  SupervisionModelResponse find(long modelId);

  /**
   * Submits a draft: starts its lifecycle process, which moves it to SCREENING. The model's record
   * and the process start commit together or not at all.
   */
  SupervisionModelResponse submit(long modelId);
}
