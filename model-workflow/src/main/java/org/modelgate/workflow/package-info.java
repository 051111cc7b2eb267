/**
 * Everything that touches the process engine or the database: the embedded Camunda engine and its
 * BPMN/DMN, persistence, and the services that change a model's state. Nothing outside this module
 * imports Camunda.
 */
package org.modelgate.workflow;
