package org.modelgate.workflow.clue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.pilot.DefaultPilotService;
import org.modelgate.workflow.pilot.PilotPlan;

/**
 * Before the evaluation: puts the pilot's funnel totals and the plan's thresholds into the process
 * as the decision table's inputs. Counts are grouped in the database.
 */
@Named(ModelLifecycle.BEAN_COLLECT_FUNNEL)
@ApplicationScoped
public class CollectFunnelDelegate implements JavaDelegate {

  @Inject DefaultPilotService pilots;
  @Inject Clock clock;
  @Inject ClueTotals totals;

  /**
   * Whether the pilot is over at {@code now}: it ended early (a leader's end or the automatic
   * hold), or its planned end (the start of the day after its last day) has come. Reading only the
   * planned end told the leader "the pilot has not ended" after every early end.
   */
  public static boolean pilotEnded(Date endedEarlyAt, Instant plannedEnd, Instant now) {
    return endedEarlyAt != null || !now.isBefore(plannedEnd);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long modelId = ((Number) execution.getVariable(ModelLifecycle.VAR_MODEL_ID)).longValue();
    PilotPlan plan =
        pilots
            .latestPlan(modelId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "model " + modelId + " is evaluated without a pilot plan"));
    FunnelCounts funnel = totals.of(modelId);
    boolean ended =
        pilotEnded(
            (Date) execution.getVariable(ModelLifecycle.VAR_PILOT_ENDED_AT),
            plan.getEndDate().plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant(),
            clock.instant());
    execution.setVariable(ModelLifecycle.DMN_CLUES, funnel.clues());
    execution.setVariable(ModelLifecycle.DMN_VERIFIED, funnel.verified());
    execution.setVariable(
        ModelLifecycle.DMN_VALID_RATE, funnel.validRate() == null ? 0.0 : funnel.validRate());
    execution.setVariable(ModelLifecycle.DMN_CASES_FORMED, funnel.casesFormed());
    execution.setVariable(ModelLifecycle.DMN_PILOT_ENDED, ended);
    execution.setVariable(ModelLifecycle.DMN_MIN_VALID_RATE, plan.getMinValidRate().doubleValue());
    execution.setVariable(ModelLifecycle.DMN_MIN_CASES_FORMED, (long) plan.getMinCasesFormed());
    execution.setVariable(
        ModelLifecycle.DMN_MIN_CLUES_FOR_JUDGEMENT, (long) plan.getMinCluesForJudgement());
  }
}
