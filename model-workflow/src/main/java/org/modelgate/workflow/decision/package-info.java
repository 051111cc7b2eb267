/**
 * Gate decisions as immutable records with their evidence, and the conditions of a conditional go.
 */
package org.modelgate.workflow.decision;
