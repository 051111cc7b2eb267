/** Pilot plans: units, window, thresholds and baseline; the start of the pilot. */
package org.modelgate.workflow.pilot;
