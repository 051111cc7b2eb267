/**
 * Administration of the organisation by system administrators: user accounts (roles, unit,
 * enabling, passwords) and the units they belong to.
 */
package org.modelgate.api.administration;
