/**
 * RFC 9457 problem details: every error leaves as {@code application/problem+json} with a stable
 * type and code, the code's arguments, and for bad input the fields and rules broken; the title,
 * the detail and the fields' messages are worded from the problems bundle in the caller's language.
 * Never a class name or a stack trace.
 */
package org.modelgate.web.problem;
