/** The audit trail as the API shows it, and the result of checking its hash chain. */
package org.modelgate.api.audit;
