/**
 * The administration pages for system administrators: user accounts and units. The service admits
 * only administrators; others opening a page get the access-denied page.
 */
package org.modelgate.web.ui.admin;
