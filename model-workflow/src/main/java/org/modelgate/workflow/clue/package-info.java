/** Clues, their step-by-step status, and the funnel computed by grouping in the database. */
package org.modelgate.workflow.clue;
