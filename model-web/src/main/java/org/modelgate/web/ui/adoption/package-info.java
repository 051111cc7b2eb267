/**
 * City-wide adoption: the matrix of units and listed models, each unit's own report of its next
 * step and its feedback (also included in the model page's tab).
 */
package org.modelgate.web.ui.adoption;
