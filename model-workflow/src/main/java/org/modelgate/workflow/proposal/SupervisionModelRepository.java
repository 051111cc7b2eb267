package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Supervision models in the application's tables. */
@ApplicationScoped
public class SupervisionModelRepository {

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

  /** Writes pending changes now, so that a failure shows here rather than at commit. */
  public void flush() {
    em.flush();
  }

  public SupervisionModel add(SupervisionModel model) {
    em.persist(model);
    em.flush();
    return model;
  }
}
