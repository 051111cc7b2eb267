/**
 * Reviews of a model at a forum: the scorecard, abstention, the board that shows them side by side.
 */
package org.modelgate.api.review;
