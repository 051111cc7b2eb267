/**
 * Exceptions named after the rule a request broke. Each family maps to one HTTP status in the web
 * layer; their messages are written for the user (Chinese first) and name the offending values.
 */
package org.modelgate.api.failure;
