package org.modelgate.api.review;

import java.time.Instant;
import java.util.List;
import org.modelgate.api.forum.ForumResponse;

/**
 * The minutes of a forum (论证会纪要) as data; the web layer prints them.
 *
 * @param forum the forum with the agenda items the caller may see
 * @param items one section per visible agenda item, in agenda order
 */
public record MinutesResponse(ForumResponse forum, List<Item> items, Instant printedAt) {

  /**
   * One agenda item.
   *
   * @param reviews the reviews as far as the caller may read them; {@code othersVisible} false when
   *     not at all
   * @param ruling the ruling made at this forum, or null
   */
  public record Item(
      long modelId,
      String title,
      String owningUnitName,
      String owningUnitNameEn,
      List<String> creatorNames,
      int version,
      ReviewBoardResponse reviews,
      Ruling ruling) {}

  /** The presiding leader's ruling on one model at this forum. */
  public record Ruling(
      String outcome, String outcomeLabel, String reason, String decidedBy, Instant decidedAt) {}
}
