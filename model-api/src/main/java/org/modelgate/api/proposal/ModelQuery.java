package org.modelgate.api.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.modelgate.api.organisation.BusinessLine;

/**
 * Filters for the model list; every filter is optional. {@code text} searches title and problem
 * statement. Results are only what the caller may see, newest first unless {@code sort} names one
 * of {@link #SORTABLE} ({@code title}, or {@code -title} for descending). {@code unitWork} keeps
 * the models the caller's unit owns, pilots or adopts ("my unit's work").
 */
public record ModelQuery(
    Stage stage,
    Long unitId,
    BusinessLine businessLine,
    Long supervisionPointId,
    @Size(max = 100) String text,
    @Min(0) int page,
    @Min(1) @Max(200) int size,
    @Pattern(regexp = SORTABLE) String sort,
    boolean unitWork) {

  /** The columns a list may be sorted by, optionally preceded by {@code -} for descending. */
  public static final String SORTABLE =
      "-?(title|stage|businessLine|supervisionPoint|unit|createdBy|version|updatedAt)";

  /** A query in the default order, newest first. */
  public ModelQuery(
      Stage stage,
      Long unitId,
      BusinessLine businessLine,
      Long supervisionPointId,
      String text,
      int page,
      int size) {
    this(stage, unitId, businessLine, supervisionPointId, text, page, size, null, false);
  }
}
