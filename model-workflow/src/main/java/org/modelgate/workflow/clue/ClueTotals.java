package org.modelgate.workflow.clue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelCounts;

/**
 * A model's funnel totals, grouped by status in the database: what the hold rule and the pilot
 * evaluation judge. No access check: callers are the services and the engine's delegates.
 */
@ApplicationScoped
public class ClueTotals {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  public FunnelCounts of(long modelId) {
    Map<ClueStatus, Long> byStatus = new EnumMap<>(ClueStatus.class);
    for (Object[] row :
        em.createQuery(
                "select c.status, count(c) from Clue c where c.model.id = :model group by c.status",
                Object[].class)
            .setParameter("model", modelId)
            .getResultList()) {
      byStatus.put((ClueStatus) row[0], ((Number) row[1]).longValue());
    }
    return Funnels.of(byStatus, null);
  }
}
