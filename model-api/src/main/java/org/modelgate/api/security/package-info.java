/** Who is calling: roles and the signed-in caller as the services see them. */
package org.modelgate.api.security;
