package org.modelgate.workflow.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.PasswordChangeRequiredException;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * The signed-in user of the current request, loaded from the database once per request. Services
 * take identity, unit and roles from here, never from the request body; and whom the user stands in
 * for today as a substitute ({@link Substitutions}).
 */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext securityContext;
  @Inject OrganisationRepository repository;
  @Inject Clock clock;
  @Inject Substitutions substitutions;

  private UserAccount account;

  /** Whom the caller stands in for today, read once per request. */
  private Set<UserRef> actingFor;

  /**
   * The caller's account. Refused while the caller must change the password first: nothing but the
   * password change ({@link #accountPendingPasswordChange()}) acts for such a caller.
   */
  public UserAccount account() {
    UserAccount user = accountPendingPasswordChange();
    if (user.isPasswordChangeRequired()) {
      throw new PasswordChangeRequiredException(user.getUsername());
    }
    return user;
  }

  /** The caller's account, also while a password change is pending. */
  public UserAccount accountPendingPasswordChange() {
    if (account == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        throw new AccessDeniedException("account.sign-in-required");
      }
      account =
          repository
              .findUser(principal.getName())
              .orElseThrow(
                  () ->
                      new AccessDeniedException(
                          "account.unknown", "username", principal.getName()));
      // A session outlives a sign-in: an account disabled or expired since then acts no more.
      if (!account.isActiveAt(clock.instant())) {
        String username = account.getUsername();
        account = null;
        throw new AccessDeniedException("account.inactive", "username", username);
      }
    }
    return account;
  }

  public Caller get() {
    UserAccount user = account();
    if (actingFor == null) {
      // Only leaders and staff stand in for anyone: the others are spared the query.
      actingFor =
          user.has(Role.LEADER) || user.has(Role.STAFF)
              ? substitutions.absentFor(
                  user.getUsername(), LocalDate.now(clock.withZone(OfficeTime.ZONE)))
              : Set.of();
    }
    return new Caller(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getUnit().getId(),
        user.getUnit().isCityWide(),
        user.roles(),
        actingFor);
  }
}
