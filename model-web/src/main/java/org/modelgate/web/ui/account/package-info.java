/** The signed-in user's own account: the password change, and absences with a substitute. */
package org.modelgate.web.ui.account;
