/** Pilot case handling: the pilot plan with its units, window, thresholds and baseline. */
package org.modelgate.api.pilot;
