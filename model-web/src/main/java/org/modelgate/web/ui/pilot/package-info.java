/**
 * The pilot pages: the staff's pilot plan (refused while conditions of a conditional go are open,
 * whose owners close them here), the leader's pilot decision on the evaluation's evidence and the
 * early end of a running pilot.
 */
package org.modelgate.web.ui.pilot;
