package org.modelgate.api.security;

import java.util.Locale;
import org.modelgate.api.common.Labels;

/**
 * The roles of DESIGN §3. A user may hold several. The lower-case name is the group the identity
 * store returns and the role name the container checks.
 */
public enum Role {
  CREATOR,
  REVIEWER,
  LEADER,
  STAFF,
  ADMIN;

  /** Role names as declared to the container ({@code @DeclareRoles}, web.xml). */
  public static final String CREATOR_NAME = "creator";

  public static final String REVIEWER_NAME = "reviewer";
  public static final String LEADER_NAME = "leader";
  public static final String STAFF_NAME = "staff";
  public static final String ADMIN_NAME = "admin";

  /** The name used by the container and stored in the database, e.g. {@code creator}. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name in Chinese; {@link Labels#of(Enum, java.util.Locale)} for other languages. */
  public String label() {
    return Labels.of(this);
  }

  public static Role ofRoleName(String roleName) {
    return valueOf(roleName.toUpperCase(Locale.ROOT));
  }
}
