package org.modelgate.api.forum;

import java.util.List;

/**
 * Forums (论证会). City-wide staff schedule them, invite reviewers and put models that await a forum
 * on the agenda until the forum date; reviewers from a creator's unit and co-creators are excluded
 * from that model automatically.
 */
public interface ForumService {

  ForumResponse create(CreateForumRequest request);

  ForumResponse find(long forumId);

  /**
   * Forums the caller may see: all for the digital office; those they preside over or are invited
   * to; for unit staff and creators, those with their unit's or their own models on the agenda (and
   * only those agenda items).
   */
  List<ForumResponse> list();

  ForumResponse addToAgenda(long forumId, AgendaRequest request);

  ForumResponse removeFromAgenda(long forumId, long modelId);
}
