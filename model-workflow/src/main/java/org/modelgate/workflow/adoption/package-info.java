/** The model library and the adoption matrix: one row per adopted model and assigned unit. */
package org.modelgate.workflow.adoption;
