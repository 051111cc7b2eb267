package org.modelgate.api.administration;

import java.util.List;
import org.modelgate.api.common.PageResponse;

/**
 * User and unit administration, for system administrators only. Every change is written into the
 * audit trail; passwords are stored only as hashes, and one the system generates is answered once.
 */
public interface AdministrationService {

  /** Users whose username, name or unit name contains {@code query} (all if blank), by username. */
  PageResponse<UserResponse> users(String query, int page, int size);

  UserResponse user(long id);

  /** A new account; without a password in the request one is generated and answered once. */
  UserCredentialResponse createUser(CreateUserRequest request);

  /** Changes name, unit, roles and expiry of an account. */
  UserResponse changeUser(long id, ChangeUserRequest request);

  /** Refuses further sign-ins of the account; an administrator cannot disable themself. */
  UserResponse disableUser(long id);

  UserResponse enableUser(long id);

  /** Sets the password given, or generates one and answers it once. */
  UserCredentialResponse resetPassword(long id, PasswordResetRequest request);

  /** Every unit with the number of its users. */
  List<UnitOverviewResponse> units();

  UnitOverviewResponse createUnit(UnitRequest request);

  /** Renames or moves a unit; its code stays unique and it cannot become its own ancestor. */
  UnitOverviewResponse changeUnit(long id, UnitRequest request);
}
