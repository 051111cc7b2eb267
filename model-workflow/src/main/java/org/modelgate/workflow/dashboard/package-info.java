/** The dashboard, grouped in the database from the application's tables (no engine history). */
package org.modelgate.workflow.dashboard;
