/** The dashboard: pipeline, funnel, coverage and what is due, scoped to the caller. */
package org.modelgate.api.dashboard;
