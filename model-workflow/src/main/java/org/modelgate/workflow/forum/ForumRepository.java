package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Forums, agenda items and exclusions. */
@ApplicationScoped
public class ForumRepository {

  @PersistenceContext(unitName = "modelgate")
  private EntityManager em;

  public Optional<Forum> findById(long id) {
    return Optional.ofNullable(em.find(Forum.class, id));
  }

  public List<Forum> recent(int limit) {
    return em.createQuery("select f from Forum f order by f.scheduledAt desc", Forum.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Forum> invitingReviewer(long reviewerId, int limit) {
    return em.createQuery(
            "select f from Forum f join f.reviewers r where r.id = :reviewer order by f.scheduledAt desc",
            Forum.class)
        .setParameter("reviewer", reviewerId)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<AgendaItem> agenda(long forumId) {
    return em.createQuery(
            "select a from AgendaItem a where a.forum.id = :forum order by a.addedAt, a.id",
            AgendaItem.class)
        .setParameter("forum", forumId)
        .getResultList();
  }

  public Optional<AgendaItem> agendaItem(long forumId, long modelId) {
    return em.createQuery(
            "select a from AgendaItem a where a.forum.id = :forum and a.model.id = :model",
            AgendaItem.class)
        .setParameter("forum", forumId)
        .setParameter("model", modelId)
        .getResultStream()
        .findFirst();
  }

  /** The forum that most recently took the model on its agenda. */
  public Optional<AgendaItem> latestAgendaItem(long modelId) {
    return em.createQuery(
            "select a from AgendaItem a where a.model.id = :model order by a.addedAt desc, a.id desc",
            AgendaItem.class)
        .setParameter("model", modelId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<ReviewExclusion> exclusions(long forumId, long modelId) {
    return em.createQuery(
            "select e from ReviewExclusion e where e.forum.id = :forum and e.model.id = :model"
                + " order by e.recordedAt",
            ReviewExclusion.class)
        .setParameter("forum", forumId)
        .setParameter("model", modelId)
        .getResultList();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  public void removeAgendaItem(AgendaItem item) {
    em.createQuery("delete from ReviewExclusion e where e.forum = :forum and e.model = :model")
        .setParameter("forum", item.getForum())
        .setParameter("model", item.getModel())
        .executeUpdate();
    em.remove(item);
  }

  public void flush() {
    em.flush();
  }
}
