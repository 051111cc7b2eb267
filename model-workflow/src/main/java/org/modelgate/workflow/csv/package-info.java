/**
 * Reading CSV files as people save them: the syntax by Apache Commons CSV (RFC 4180 quoting, any
 * line break), the bytes strictly as UTF-8 ({@link org.modelgate.workflow.csv.StrictUtf8Reader},
 * also used by the clue import) with a byte order mark skipped, each record with its line; problems
 * as {@link org.modelgate.workflow.csv.CsvProblem} data. Used by the imports of reference data and
 * demo data.
 */
package org.modelgate.workflow.csv;
