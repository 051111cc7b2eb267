/**
 * Units, user accounts and the supervision-point taxonomy: entities, repository and read service.
 */
package org.modelgate.workflow.organisation;
