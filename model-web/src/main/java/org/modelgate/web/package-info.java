/**
 * The deployable: HTTP only. Resources map requests to the services of {@code model-api} and pick a
 * status; no business rule lives here.
 */
package org.modelgate.web;
