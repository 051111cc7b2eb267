/** Incidents: process jobs that failed after their retries, for administrators to see and retry. */
package org.modelgate.api.incident;
