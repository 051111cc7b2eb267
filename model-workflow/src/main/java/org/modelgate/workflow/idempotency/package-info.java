/** Stored first results of requests carrying an Idempotency-Key, so that a retry acts once. */
package org.modelgate.workflow.idempotency;
