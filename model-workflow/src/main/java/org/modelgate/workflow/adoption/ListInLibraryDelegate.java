package org.modelgate.workflow.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.Unit;

/**
 * An adopted model enters the city model library and is assigned to every grassroots unit (one
 * adoption task each), unless the deciding leader named the units.
 */
@Named(ModelLifecycle.BEAN_LIST_IN_LIBRARY)
@ApplicationScoped
public class ListInLibraryDelegate implements JavaDelegate {

  /** How often units that have not moved are reminded, unless the decision set it. */
  static final String DEFAULT_ADOPTION_REMINDER = "R/P14D";

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    if (execution.getVariable(ModelLifecycle.VAR_ADOPTION_UNITS) == null) {
      execution.setVariable(
          ModelLifecycle.VAR_ADOPTION_UNITS,
          new ArrayList<>(
              em.createQuery(
                      "select u.code from Unit u where u.kind = :kind order by u.code",
                      String.class)
                  .setParameter("kind", UnitKind.GRASSROOTS)
                  .getResultList()));
    }
    if (execution.getVariable(ModelLifecycle.VAR_ADOPTION_REMINDER_CYCLE) == null) {
      execution.setVariable(ModelLifecycle.VAR_ADOPTION_REMINDER_CYCLE, DEFAULT_ADOPTION_REMINDER);
    }
    @SuppressWarnings("unchecked")
    List<String> codes = (List<String>) execution.getVariable(ModelLifecycle.VAR_ADOPTION_UNITS);
    SupervisionModel model = em.find(SupervisionModel.class, modelId);
    Instant now = clock.instant();
    for (String code : codes) {
      Unit unit =
          em.createQuery("select u from Unit u where u.code = :code", Unit.class)
              .setParameter("code", code)
              .getSingleResult();
      if (em.find(Adoption.class, new Adoption.Key(modelId, unit.getId())) == null) {
        em.persist(new Adoption(model, unit, now));
      }
    }
    audit.record(
        AuditRecord.onModel(AuditRecord.SYSTEM, "LISTED_IN_LIBRARY", modelId, null, null, null)
            .saying("history.listed", "units", List.copyOf(codes)));
  }
}
