package org.modelgate.api.security;

import java.util.Set;

/**
 * The signed-in user as the services see it: identity, unit and roles, loaded once per request.
 *
 * @param cityWide whether the user's unit acts city-wide (the Digital Procuratorate Office, DESIGN
 *     §3); staff of every other unit act only for their own
 */
public record Caller(
    long userId,
    String username,
    String displayName,
    long unitId,
    boolean cityWide,
    Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
