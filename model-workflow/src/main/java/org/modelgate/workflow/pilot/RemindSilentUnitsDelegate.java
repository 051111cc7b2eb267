package org.modelgate.workflow.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.api.common.Labels;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.notice.NoticeKind;
import org.modelgate.workflow.notice.Notices;
import org.modelgate.workflow.notice.Recipient;
import org.modelgate.workflow.organisation.Unit;

/**
 * The reminder timer of a running pilot: names the pilot units that entered or worked no clue in
 * the last reminder period, in the model's history and in a notice to the digital office and the
 * staff of those units. Runs after {@code asyncBefore}: a failure is retried and becomes an
 * incident.
 */
@Named(ModelLifecycle.BEAN_REMIND_SILENT_UNITS)
@ApplicationScoped
public class RemindSilentUnitsDelegate implements JavaDelegate {

  static final Duration QUIET_PERIOD = Duration.ofDays(7);

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject DefaultPilotService pilots;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Notices notices;

  /** The configured reminder period (the period of the ISO repeating interval, e.g. R/P7D). */
  static Duration quietPeriod(DelegateExecution execution) {
    Object cycle = execution.getVariable(ModelLifecycle.VAR_PILOT_REMINDER_CYCLE);
    if (cycle instanceof String text && text.contains("/")) {
      try {
        return Duration.parse(text.substring(text.lastIndexOf('/') + 1));
      } catch (java.time.format.DateTimeParseException e) {
        return QUIET_PERIOD;
      }
    }
    return QUIET_PERIOD;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    Set<Long> active =
        new HashSet<>(
            em.createQuery(
                    "select distinct c.unit.id from Clue c where c.model.id = :model and c.updatedAt >= :since",
                    Long.class)
                .setParameter("model", modelId)
                .setParameter("since", clock.instant().minus(quietPeriod(execution)))
                .getResultList());
    List<Unit> silentUnits =
        pilots.latestPlan(modelId).map(PilotPlan::getUnits).orElse(List.of()).stream()
            .map(PilotUnit::getUnit)
            .filter(unit -> !active.contains(unit.getId()))
            .toList();
    List<String> silent = silentUnits.stream().map(Unit::getName).toList();
    if (!silent.isEmpty()) {
      audit.record(
          AuditRecord.onModel(AuditRecord.SYSTEM, "PILOT_REMINDER", modelId, null, null, null)
              .saying(
                  "history.pilot-reminder",
                  "units",
                  silentUnits.stream().map(Unit::getCode).toList()));
      List<Recipient> to = new java.util.ArrayList<>();
      to.add(Recipient.digitalOffice());
      silentUnits.forEach(unit -> to.add(Recipient.group(Role.STAFF, unit.getId())));
      notices.raise(
          to, NoticeKind.PILOT_UNITS_SILENT, modelId, Labels.list(silent, Labels.DEFAULT));
    }
  }
}
