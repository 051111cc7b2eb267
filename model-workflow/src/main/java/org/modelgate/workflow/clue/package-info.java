/**
 * Clues (线索) of a model in pilot and after adoption: reading the model's hit list from CSV and
 * checking every row before anything is imported, and the clue's path from verification to an
 * adopted document.
 */
package org.modelgate.workflow.clue;
