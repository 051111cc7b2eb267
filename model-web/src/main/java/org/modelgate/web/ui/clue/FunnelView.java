package org.modelgate.web.ui.clue;

import java.io.Serializable;
import java.util.List;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.pilot.PilotPlanResponse;

/**
 * A model's funnel as the pages show it: the service's answer, the plan it is measured against
 * (null before a plan), and the three charts' Chart.js configurations.
 *
 * @param overTimeChart null when there is no pilot window to divide into periods
 */
public record FunnelView(
    FunnelResponse funnel,
    PilotPlanResponse plan,
    String byUnitChart,
    String byStepChart,
    String overTimeChart,
    List<String> stepKeys)
    implements Serializable {}
