/** Bean Validation of requests at the service boundary, whoever the caller is. */
package org.modelgate.workflow.validation;
