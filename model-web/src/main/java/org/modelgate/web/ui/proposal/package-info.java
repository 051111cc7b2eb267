/**
 * The proposal pages: the model list, the draft form with attachments, submission and withdrawal,
 * and screening.
 */
package org.modelgate.web.ui.proposal;
