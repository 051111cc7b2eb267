/**
 * The pilot of a model: the automatic hold rule and the evaluation of the funnel against the pilot
 * plan's thresholds (the decision table {@code decisions/pilot-evaluation.dmn}).
 */
package org.modelgate.workflow.pilot;
