/**
 * Incidents: jobs of the lifecycle process (the steps after {@code asyncBefore} that talk to other
 * parts) that failed after their retries. Administrators list them and retry them.
 */
package org.modelgate.workflow.incident;
