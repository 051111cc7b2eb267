/** Supervision models from draft to submission: stages, requests, responses and the service. */
package org.modelgate.api.proposal;
