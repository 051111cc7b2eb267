/**
 * RFC 9457 problem details: every error leaves as {@code application/problem+json} with a stable
 * type, a Chinese title, a detail for people and, for bad input, the fields and rules broken. Never
 * a class name or a stack trace.
 */
package org.modelgate.web.problem;
