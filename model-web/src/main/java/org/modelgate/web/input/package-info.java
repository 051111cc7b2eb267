/**
 * Strict input at the edge: every JSON body and every query or header parameter is checked here,
 * once for all operations, before JSON-B binds it or a service sees it — numbers that do not fit
 * their type, control and bidirectional-override characters, unknown enum values and wrong JSON
 * types are refused with a problem naming the field path and the rule.
 */
package org.modelgate.web.input;
