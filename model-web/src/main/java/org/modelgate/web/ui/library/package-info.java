/** The city model library page. */
package org.modelgate.web.ui.library;
