package org.modelgate.api.clue;

import java.time.LocalDate;
import org.modelgate.api.common.PageResponse;

/**
 * Clues of a model in pilot or in use. A unit's staff work their own unit's clues; the digital
 * office sees and works all. Nobody else sees clues, only the funnel.
 */
public interface ClueService {

  ClueResponse create(long modelId, ClueRequest request);

  /**
   * Imports a model's hit list (UTF-8 CSV with a header of {@link ClueColumn} names). A file with
   * any problem is refused whole with every problem found ({@link ClueFileRefusedException}: line,
   * column, code and arguments; malformed records, clue numbers twice in the file or already in the
   * model, dates outside the pilot's window); a good file is imported in one transaction.
   */
  ClueImportResponse importCsv(long modelId, byte[] csv);

  /** Moves a clue one step on; a skipped or backward step is refused as a conflict. */
  ClueResponse change(long clueId, ClueChangeRequest request);

  /**
   * The full identity number of a clue's person, for the clue's unit's staff and the digital
   * office; lists show it masked. Every reveal is audited.
   */
  String revealIdNumber(long clueId);

  PageResponse<ClueResponse> list(long modelId, Long unitId, ClueStatus status, int page, int size);

  /** The funnel per unit and in total, optionally for one unit and a period of finding dates. */
  FunnelResponse funnel(long modelId, Long unitId, LocalDate from, LocalDate to);
}
