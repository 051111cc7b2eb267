/**
 * Clues of a model in pilot or in use: the CSV import with its row-error report, the clue table
 * worked one step at a time, and the funnel charts (also included in the model page's tab).
 */
package org.modelgate.web.ui.clue;
