/** The task inbox: what the caller has to do, assigned to them or offered to their groups. */
package org.modelgate.api.inbox;
