/**
 * Notices: what the application tells a person (a task for them, an outcome on their model), as a
 * code with arguments that the edge renders in the reader's language.
 */
package org.modelgate.api.notice;
