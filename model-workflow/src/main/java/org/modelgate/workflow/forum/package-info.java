/** Forums, their invited reviewers and agendas, conflict-of-interest exclusions and the minutes. */
package org.modelgate.workflow.forum;
