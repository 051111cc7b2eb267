/**
 * The administration pages for system administrators: user accounts, units and reference data. The
 * service admits only administrators; others opening a page get the access-denied page.
 */
package org.modelgate.web.ui.admin;
