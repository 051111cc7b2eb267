/**
 * The Idempotency-Key filter: a retried state-changing request returns the first result and acts
 * once.
 */
package org.modelgate.web.idempotency;
