/** The task inbox, combining the engine's tasks with the application's model data. */
package org.modelgate.workflow.inbox;
