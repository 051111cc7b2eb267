/**
 * The one DataSource behind the application's tables and Camunda's, its configuration, and the
 * versioned migrations of the application schema.
 */
package org.modelgate.workflow.persistence;
