/**
 * The embedded Camunda engine: how it is built on the container's DataSource and transactions, how
 * BPMN reaches CDI beans, the job executor on managed threads, and the ids the code shares with the
 * BPMN files.
 */
package org.modelgate.workflow.engine;
