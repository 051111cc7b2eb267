/** The signed-in user's own account: the password change. */
package org.modelgate.web.ui.account;
