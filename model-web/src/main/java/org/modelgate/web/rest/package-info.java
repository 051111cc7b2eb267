/** The JSON API under {@code /api}: resources that map, delegate to a service and pick a status. */
package org.modelgate.web.rest;
