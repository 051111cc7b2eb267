/**
 * Absences and substitutes: a leader or staff member away for some days names who stands in; the
 * rules of a valid absence, its entity and repository, and the service that records and withdraws
 * absences for the absent person or a system administrator. Who stands in for whom today is read by
 * {@code security.Substitutions} for the caller and the inbox.
 */
package org.modelgate.workflow.absence;
