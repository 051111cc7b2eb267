package org.modelgate.api.security;

import java.util.Locale;

/**
 * The roles of DESIGN §3. A user may hold several. The lower-case name is the group the identity
 * store returns and the role name the container checks.
 */
public enum Role {
  CREATOR("建模人"),
  REVIEWER("评审专家"),
  LEADER("院领导"),
  STAFF("工作人员"),
  ADMIN("系统管理员");

  /** Role names as declared to the container ({@code @DeclareRoles}, web.xml). */
  public static final String CREATOR_NAME = "creator";

  public static final String REVIEWER_NAME = "reviewer";
  public static final String LEADER_NAME = "leader";
  public static final String STAFF_NAME = "staff";
  public static final String ADMIN_NAME = "admin";

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The name used by the container and stored in the database, e.g. {@code creator}. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public static Role ofRoleName(String roleName) {
    return valueOf(roleName.toUpperCase(Locale.ROOT));
  }
}
