/** The signed-in caller as the services see it. */
package org.modelgate.workflow.security;
