/**
 * Supervision models from draft to submission: the entity, its repository, the proposal service and
 * the listener that keeps a model's stage in step with its process.
 */
package org.modelgate.workflow.proposal;
