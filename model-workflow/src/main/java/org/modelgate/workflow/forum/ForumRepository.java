package org.modelgate.workflow.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.modelgate.workflow.model.AccessPolicy;

/** Forums, agenda items and exclusions. */
@ApplicationScoped
public class ForumRepository {

  @PersistenceContext(unitName = "modelgate")
  private EntityManager em;

  public Optional<Forum> findById(long id) {
    return Optional.ofNullable(em.find(Forum.class, id));
  }

  /** The newest forums within the scope (see {@code AccessPolicy.forumScope}). */
  public List<Forum> visible(AccessPolicy.Scope scope, int limit) {
    TypedQuery<Forum> query =
        em.createQuery(
            "select f from Forum f where " + scope.condition() + " order by f.scheduledAt desc",
            Forum.class);
    scope.parameters().forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  /** How many reviews were submitted on the model at the forum. */
  public long reviewCount(long forumId, long modelId) {
    return em.createQuery(
            "select count(r) from Review r where r.forum.id = :forum and r.model.id = :model",
            Long.class)
        .setParameter("forum", forumId)
        .setParameter("model", modelId)
        .getSingleResult();
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
