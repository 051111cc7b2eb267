package org.modelgate.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.Stage;

/** Supervision models in the application's tables. Lists filter and page in the database. */
@ApplicationScoped
public class SupervisionModelRepository {

  /** Stages in which a model counts as active or listed on its supervision point. */
  static final Set<Stage> ACTIVE_STAGES =
      EnumSet.of(
          Stage.SCREENING,
          Stage.REVISION,
          Stage.AWAITING_FORUM,
          Stage.FORUM_REVIEW,
          Stage.PILOT_PLANNING,
          Stage.PILOT,
          Stage.EVALUATION,
          Stage.ADOPTION,
          Stage.ADOPTED);

  @PersistenceContext(unitName = "modelgate")
  private EntityManager em;

  public Optional<SupervisionModel> findById(long id) {
    return Optional.ofNullable(em.find(SupervisionModel.class, id));
  }

  /**
   * The model, its row locked until the transaction ends: concurrent state changes on one model
   * queue here, and the second sees the first one's outcome.
   */
  public Optional<SupervisionModel> lockById(long id) {
    return Optional.ofNullable(em.find(SupervisionModel.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public SupervisionModel add(SupervisionModel model) {
    em.persist(model);
    em.flush();
    return model;
  }

  /** Writes pending changes now, so that a failure shows here rather than at commit. */
  public void flush() {
    em.flush();
  }

  /** Other models active or listed on the same supervision point, newest first. */
  public List<SupervisionModel> activeOnPoint(long supervisionPointId, Long exceptModelId) {
    return em.createQuery(
            "select m from SupervisionModel m where m.supervisionPoint.id = :point"
                + " and m.stage in :stages and m.id <> :except order by m.updatedAt desc",
            SupervisionModel.class)
        .setParameter("point", supervisionPointId)
        .setParameter("stages", ACTIVE_STAGES)
        .setParameter("except", exceptModelId == null ? -1L : exceptModelId)
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * One page of the models in the caller's scope (see {@link AccessPolicy#modelScope}) that match
   * the query and the optional filter; the count in one more query.
   */
  public Page list(ModelQuery query, AccessPolicy.Scope scope, AccessPolicy.Scope filter) {
    StringBuilder where = new StringBuilder(" where ").append(scope.condition());
    Map<String, Object> parameters = new HashMap<>(scope.parameters());
    if (filter != null) {
      where.append(" and ").append(filter.condition());
      parameters.putAll(filter.parameters());
    }
    if (query.stage() != null) {
      where.append(" and m.stage = :stage");
      parameters.put("stage", query.stage());
    }
    if (query.unitId() != null) {
      where.append(" and m.owningUnit.id = :unit");
      parameters.put("unit", query.unitId());
    }
    if (query.businessLine() != null) {
      where.append(" and m.businessLine = :line");
      parameters.put("line", query.businessLine());
    }
    if (query.supervisionPointId() != null) {
      where.append(" and m.supervisionPoint.id = :point");
      parameters.put("point", query.supervisionPointId());
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" and (lower(m.title) like :text or lower(m.problemStatement) like :text)");
      parameters.put("text", "%" + escapeLike(query.text().strip().toLowerCase()) + "%");
    }
    TypedQuery<SupervisionModel> items =
        em.createQuery(
            "select m from SupervisionModel m" + where + " " + ModelSort.orderBy(query.sort()),
            SupervisionModel.class);
    TypedQuery<Long> count =
        em.createQuery("select count(m) from SupervisionModel m" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page(
        items
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList(),
        count.getSingleResult());
  }

  /** Models and how many there are in all. */
  public record Page(List<SupervisionModel> items, long total) {}

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
