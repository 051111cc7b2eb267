/**
 * The signed-in caller as the services see it, and what authenticates API clients and slows down
 * guessing: personal access tokens (stored as digests, with the addresses they were used from) and
 * the sign-in throttle's counts, kept in the database so they hold across nodes.
 */
package org.modelgate.workflow.security;
