/** The notices page, the unread count in the header, and the incidents page for administrators. */
package org.modelgate.web.ui.notice;
