/**
 * Notices: the addressed messages that tell people to act or tell them an outcome, stored as a code
 * with arguments, and the channels that carry them beyond the application (e-mail, later the
 * procuratorate portal). Features raise notices through {@link
 * org.modelgate.workflow.notice.Notices}; this package imports only the ground floor ({@code
 * model}, {@code organisation}, {@code engine}, {@code audit}) so that no feature is imported back.
 */
package org.modelgate.workflow.notice;
