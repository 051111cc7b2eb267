package org.modelgate.api.security;

import java.util.Set;
import org.modelgate.api.common.UserRef;

/**
 * The signed-in user as the services see it: identity, unit and roles, loaded once per request.
 *
 * @param cityWide whether the user's unit acts city-wide (the Digital Procuratorate Office, DESIGN
 *     §3); staff of every other unit act only for their own
 * @param actingFor the people whose absence runs today with this user as their substitute: the user
 *     is offered their tasks and may act for them where the policy lets a substitute
 */
public record Caller(
    long userId,
    String username,
    String displayName,
    long unitId,
    boolean cityWide,
    Set<Role> roles,
    Set<UserRef> actingFor) {

  public Caller {
    roles = Set.copyOf(roles);
    actingFor = Set.copyOf(actingFor);
  }

  /** A caller who stands in for nobody. */
  public Caller(
      long userId,
      String username,
      String displayName,
      long unitId,
      boolean cityWide,
      Set<Role> roles) {
    this(userId, username, displayName, unitId, cityWide, roles, Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the user is, today, the substitute of the absent user {@code userId}. */
  public boolean actsFor(long userId) {
    return actingFor.stream().anyMatch(absent -> absent.id() == userId);
  }

  /** Whether the user is, today, the substitute of the absent user named {@code username}. */
  public boolean actsFor(String username) {
    return username != null
        && actingFor.stream().anyMatch(absent -> absent.username().equals(username));
  }
}
