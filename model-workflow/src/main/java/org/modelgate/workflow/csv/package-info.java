/**
 * Reading CSV files as people save them (RFC 4180, UTF-8 only, a byte order mark skipped): the clue
 * import and the reference data import.
 */
package org.modelgate.workflow.csv;
