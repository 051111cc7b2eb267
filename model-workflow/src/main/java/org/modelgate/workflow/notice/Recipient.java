package org.modelgate.workflow.notice;

import org.modelgate.api.security.Role;

/**
 * Who a notice is addressed to: one user by name, or a group — everyone with a role, optionally
 * only within one unit, optionally only in a city-wide unit (the digital office is {@link
 * #digitalOffice()}: staff of a city-wide unit).
 */
public record Recipient(String username, Role role, Long unitId, boolean cityWideOnly) {

  public Recipient {
    if ((username == null) == (role == null)) {
      throw new IllegalArgumentException(
          "a notice goes to a user or to a role, not both or neither: " + username + ", " + role);
    }
  }

  public static Recipient user(String username) {
    return new Recipient(username, null, null, false);
  }

  /** Everyone with {@code role} in the unit {@code unitId}, or anywhere when it is null. */
  public static Recipient group(Role role, Long unitId) {
    return new Recipient(null, role, unitId, false);
  }

  /** The Digital Procuratorate Office: staff of a city-wide unit. */
  public static Recipient digitalOffice() {
    return new Recipient(null, Role.STAFF, null, true);
  }
}
