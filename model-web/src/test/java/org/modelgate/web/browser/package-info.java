/**
 * Browser tests: headless Chromium (Debian's chromium and chromium-driver) drives the pages as the
 * different users. {@link org.modelgate.web.browser.Browser} holds what every walk needs; the page
 * steps of one feature sit in a {@code *Pages} class so that one walk can chain them.
 */
package org.modelgate.web.browser;
