package org.modelgate.api.administration;

import java.util.List;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.organisation.PilotDefaultsResponse;

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

  /**
   * Asks the user to change the password at the next sign-in (or at once, if signed in): until
   * then, pages lead to the password change and the API answers 403 password-change-required.
   */
  UserResponse requirePasswordChange(long id);

  /** Every supervision point, active or not, with the number of models that name it. */
  List<SupervisionPointOverviewResponse> supervisionPoints();

  SupervisionPointOverviewResponse createSupervisionPoint(SupervisionPointRequest request);

  /** Renames a point, moves it to another business line or sets its cap; the code stays. */
  SupervisionPointOverviewResponse changeSupervisionPoint(long id, SupervisionPointRequest request);

  /** New proposals can no longer choose the point; models that name it keep it. */
  SupervisionPointOverviewResponse deactivateSupervisionPoint(long id);

  SupervisionPointOverviewResponse activateSupervisionPoint(long id);

  /** Deletes a point no model names; a used point is refused (deactivate it instead). */
  void deleteSupervisionPoint(long id);

  /** Sets the thresholds that new pilot plans start from. */
  PilotDefaultsResponse changePilotDefaults(PilotDefaultsRequest request);

  /**
   * Imports units from CSV ({@code code,name,name_en,kind,parent_code,city_wide}), all or nothing:
   * new codes are created, existing ones updated; every bad row is named (line, field, rule).
   */
  ReferenceImportResponse importUnits(byte[] csv);

  /**
   * Imports supervision points from CSV ({@code code,name,name_en,business_line,homogeneity_cap}),
   * all or nothing, as {@link #importUnits}.
   */
  ReferenceImportResponse importSupervisionPoints(byte[] csv);
}
