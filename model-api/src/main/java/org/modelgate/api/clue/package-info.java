/** Clues (线索) a model produces, worked case by case, and the funnel they add up to. */
package org.modelgate.api.clue;
