/**
 * The audit trail: every state change and every refusal, append-only and chained by SHA-256 so that
 * tampering is detectable, and the check that walks the chain.
 */
package org.modelgate.workflow.audit;
