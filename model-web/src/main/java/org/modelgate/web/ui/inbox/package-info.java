/** The task inbox page: the user's tasks and their groups', claim and unclaim. */
package org.modelgate.web.ui.inbox;
