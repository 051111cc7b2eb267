/** The clock every service reads, so tests can reason about time. */
package org.modelgate.workflow.time;
