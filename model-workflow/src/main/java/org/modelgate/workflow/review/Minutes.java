package org.modelgate.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.review.MinutesResponse;
import org.modelgate.api.security.Caller;
import org.modelgate.workflow.forum.AgendaItem;
import org.modelgate.workflow.forum.DefaultForumService;
import org.modelgate.workflow.forum.Forum;
import org.modelgate.workflow.model.Decision;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * The minutes of a forum (论证会纪要) as data: the forum, and for each agenda item the caller may see
 * its creators, the reviews as far as the access policy lets the caller read them, and the ruling.
 * The web layer prints them.
 */
@ApplicationScoped
class Minutes {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject DefaultForumService forums;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  MinutesResponse of(long forumId, DefaultReviewService reviews) {
    Forum forum = forums.visibleForum(forumId);
    Caller caller = currentCaller.get();
    List<MinutesResponse.Item> items = new ArrayList<>();
    for (AgendaItem item : forums.visibleAgenda(caller, forum)) {
      SupervisionModel model = item.getModel();
      List<String> creators = new ArrayList<>();
      creators.add(model.getCreatedBy().getDisplayName());
      model.getCoCreators().stream()
          .map(UserAccount::getDisplayName)
          .sorted()
          .forEach(creators::add);
      items.add(
          new MinutesResponse.Item(
              model.getId(),
              model.getTitle(),
              model.getOwningUnit().getName(),
              model.getOwningUnit().getNameEn(),
              creators,
              model.getModelVersion(),
              reviews.boardAt(model, forum.getId()),
              ruling(forum.getId(), model.getId())));
    }
    return new MinutesResponse(forums.toResponse(forum), items, clock.instant());
  }

  private MinutesResponse.Ruling ruling(long forumId, long modelId) {
    return em.createQuery(
            "select d from Decision d where d.forumId = :forum and d.model.id = :model"
                + " order by d.decidedAt desc",
            Decision.class)
        .setParameter("forum", forumId)
        .setParameter("model", modelId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            decision -> {
              ForumRuling outcome = ForumRuling.valueOf(decision.getOutcome());
              return new MinutesResponse.Ruling(
                  outcome.name(),
                  outcome.label(),
                  decision.getReason(),
                  decision.getDecidedBy().getDisplayName(),
                  decision.getDecidedAt());
            })
        .orElse(null);
  }
}
