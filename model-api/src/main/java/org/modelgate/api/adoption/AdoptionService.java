package org.modelgate.api.adoption;

import java.util.List;

/** The city model library and each unit's adoption of its models. */
public interface AdoptionService {

  /** The listed models (in adoption or adopted), for everyone signed in. */
  List<LibraryEntryResponse> library();

  /** The adoption matrix row of one model: every assigned unit's status. */
  List<AdoptionResponse> adoption(long modelId);

  /**
   * A unit's staff (or the digital office) report the next step. Once the model runs in the unit,
   * or does not apply there, the unit's adoption task is done; when every unit is, the model is
   * ADOPTED.
   */
  AdoptionResponse report(long modelId, long unitId, AdoptionRequest request);

  /** A unit's staff (or the digital office) post feedback on the model for that unit. */
  FeedbackResponse addFeedback(long modelId, long unitId, FeedbackRequest request);

  /** All units' feedback on the model, oldest first. */
  List<FeedbackResponse> feedback(long modelId);
}
