package org.modelgate.workflow.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.security.Role;

/**
 * A person who signs in. The password is kept only as a PBKDF2 hash in the self-describing format
 * of Jakarta Security's {@code Pbkdf2PasswordHash}; guest reviewers carry an expiry date after
 * which sign-in is refused.
 */
@Entity
@Table(name = "mg_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_user")
  @SequenceGenerator(name = "mg_user", sequenceName = "mg_user_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Set for a one-time password or when an administrator asks for a change. */
  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  /** Where the e-mail channel sends this user's notices; none means in-app only. */
  @Column(length = 254)
  private String email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mg_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 16)
  private Set<String> roles = new TreeSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Unit unit,
      Set<Role> roles,
      Instant expiresAt,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.unit = unit;
    this.expiresAt = expiresAt;
    this.createdAt = createdAt;
    roles.forEach(role -> this.roles.add(role.roleName()));
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Unit getUnit() {
    return unit;
  }

  public UserRef toRef() {
    return new UserRef(id, username, displayName);
  }

  public boolean has(Role role) {
    return roles.contains(role.roleName());
  }

  /** Whether the account may sign in at {@code now}: enabled and not past its expiry date. */
  public boolean isActiveAt(Instant now) {
    return enabled && (expiresAt == null || expiresAt.isAfter(now));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** What an administrator may change about an account (the username never changes). */
  public void change(String displayName, Unit unit, Set<Role> roles, Instant expiresAt) {
    this.displayName = displayName;
    this.unit = unit;
    this.expiresAt = expiresAt;
    this.roles.clear();
    roles.forEach(role -> this.roles.add(role.roleName()));
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Replaces the stored hash; the plain password is never kept. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public void setPasswordChangeRequired(boolean passwordChangeRequired) {
    this.passwordChangeRequired = passwordChangeRequired;
  }

  public Set<Role> roles() {
    return roles.stream().map(Role::ofRoleName).collect(Collectors.toUnmodifiableSet());
  }
}
