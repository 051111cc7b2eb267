package org.modelgate.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.GuestReviewerRequest;
import org.modelgate.api.organisation.GuestReviewerResponse;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.PasswordChangeRequest;
import org.modelgate.api.organisation.PilotDefaultsResponse;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.organisation.CredentialsChanged;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.PasswordHistoryEntry;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/** Read access to the organisation for any signed-in user. */
@ApplicationScoped
@Transactional
public class DefaultOrganisationService implements OrganisationService {

  @Inject OrganisationRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject Event<CredentialsChanged> credentialsChanged;
  @Inject PasswordHashing passwordHashing;
  @Inject RequestValidator validator;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The unit of outside experts in the organisation. */
  static final String EXTERNAL_UNIT = "EXT";

  static final Period MAX_GUEST_VALIDITY = Period.ofYears(1);
  static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

  /** The current password and the ones before it that a new password may not repeat. */
  static final int PASSWORD_HISTORY = 5;

  @Override
  public AccountResponse currentAccount() {
    return toAccount(currentCaller.account());
  }

  @Override
  public AccountResponse signedInAccount() {
    return toAccount(currentCaller.accountPendingPasswordChange());
  }

  private static AccountResponse toAccount(UserAccount account) {
    return new AccountResponse(
        account.getUsername(),
        account.getDisplayName(),
        account.getUnit().toResponse(),
        account.roles().stream().map(Role::roleName).sorted().toList(),
        account.isPasswordChangeRequired());
  }

  @Override
  public void changeOwnPassword(PasswordChangeRequest request) {
    UserAccount account = currentCaller.accountPendingPasswordChange();
    validator.valid(request);
    if (!passwordHashing.matches(request.currentPassword(), account.getPasswordHash())) {
      audit.recordDenial(
          new AuditRecord(
              account.getUsername(),
              "PASSWORD_CHANGE_REFUSED",
              "User",
              String.valueOf(account.getId()),
              null,
              null,
              null,
              "account.wrong-password"));
      throw InvalidInputException.of("currentPassword", "Matches", "account.wrong-password");
    }
    boolean reused =
        passwordHashing.matches(request.newPassword(), account.getPasswordHash())
            || repository.passwordHistory(account.getId(), PASSWORD_HISTORY - 1).stream()
                .anyMatch(
                    earlier ->
                        passwordHashing.matches(request.newPassword(), earlier.getPasswordHash()));
    if (reused) {
      throw InvalidInputException.of(
          "newPassword", "NotRecent", "account.password-reused", "count", PASSWORD_HISTORY);
    }
    Instant now = clock.instant();
    repository.add(new PasswordHistoryEntry(account.getId(), account.getPasswordHash(), now));
    repository.prunePasswordHistory(account.getId(), PASSWORD_HISTORY - 1);
    boolean wasRequired = account.isPasswordChangeRequired();
    account.changePasswordHash(passwordHashing.hash(request.newPassword()));
    account.setPasswordChangeRequired(false);
    repository.flush();
    credentialsChanged.fire(new CredentialsChanged(account.getUsername()));
    audit.record(
        new AuditRecord(
            account.getUsername(),
            "PASSWORD_CHANGED",
            "User",
            String.valueOf(account.getId()),
            null,
            wasRequired ? "passwordChangeRequired=true" : null,
            "password=changed-by-owner",
            account.getUsername()));
  }

  @Override
  public PilotDefaultsResponse pilotDefaults() {
    currentCaller.account();
    return repository.pilotDefaults().toResponse();
  }

  @Override
  public List<UnitResponse> units() {
    currentCaller.account(); // signed in, and no password change pending
    return repository.units().stream().map(Unit::toResponse).toList();
  }

  @Override
  public List<UserRef> reviewers() {
    Caller caller = currentCaller.get();
    if (!access.readsDirectory(caller)) {
      throw access.deny(caller, "directory.reviewers-denied");
    }
    Instant now = clock.instant();
    return repository.usersWithRole(Role.REVIEWER).stream()
        .filter(user -> user.isActiveAt(now))
        .map(UserAccount::toRef)
        .toList();
  }

  @Override
  public List<UserRef> creators() {
    access.requireRole(Role.CREATOR);
    return activeUsersWithRole(Role.CREATOR);
  }

  @Override
  public List<UserRef> usersWithRole(Role role) {
    Caller caller = currentCaller.get();
    if (!access.readsDirectory(caller)) {
      throw access.deny(caller, "directory.users-denied");
    }
    return activeUsersWithRole(role);
  }

  private List<UserRef> activeUsersWithRole(Role role) {
    Instant now = clock.instant();
    return repository.usersWithRole(role).stream()
        .filter(user -> user.isActiveAt(now))
        .map(UserAccount::toRef)
        .toList();
  }

  @Override
  public GuestReviewerResponse createGuestReviewer(GuestReviewerRequest request) {
    Caller caller = access.requireOffice();
    validator.valid(request);
    if (repository.findUser(request.username()).isPresent()) {
      throw InvalidInputException.of(
          "username", "Unique", "user.username-taken", "username", request.username());
    }
    if (request.expiresOn().isAfter(LocalDate.now(clock).plus(MAX_GUEST_VALIDITY))) {
      throw InvalidInputException.of("expiresOn", "MaxOneYear", "user.guest-max-one-year");
    }
    Unit external =
        repository
            .findUnit(EXTERNAL_UNIT)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "username", "exists", "unit.external-missing", "code", EXTERNAL_UNIT));
    String password = passwordHashing.generatePassword();
    Instant expiresAt = request.expiresOn().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
    UserAccount guest =
        repository.add(
            new UserAccount(
                request.username(),
                request.displayName().strip(),
                passwordHashing.hash(password),
                external,
                Set.of(Role.REVIEWER),
                expiresAt,
                clock.instant()));
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "GUEST_REVIEWER_CREATED",
            "User",
            String.valueOf(guest.getId()),
            null,
            null,
            "expiresOn=" + request.expiresOn(),
            guest.getDisplayName()));
    return new GuestReviewerResponse(guest.toRef(), expiresAt, password);
  }

  @Override
  public List<SupervisionPointResponse> supervisionPoints() {
    currentCaller.account(); // signed in, and no password change pending
    return repository.activeSupervisionPoints().stream().map(SupervisionPoint::toResponse).toList();
  }
}
