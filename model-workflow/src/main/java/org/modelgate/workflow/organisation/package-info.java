/**
 * Units, user accounts and the supervision-point taxonomy: entities, repository, the read service
 * for everyone and the administration service for system administrators.
 */
package org.modelgate.workflow.organisation;
