/**
 * The forum pages: the forum list and scheduling, one forum with its agenda, a reviewer's
 * scorecard, and the presiding leader's ruling with the reviews as evidence.
 */
package org.modelgate.web.ui.forum;
