package org.modelgate.api.organisation;

import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.security.Role;

/**
 * The organisation: the caller's own account, the units, the taxonomy, the reviewers who may be
 * invited, and guest reviewer accounts.
 */
public interface OrganisationService {

  /**
   * The caller's account; refused with {@code PasswordChangeRequiredException} while the caller
   * must change the password first.
   */
  AccountResponse currentAccount();

  /** The caller's account, also while a password change is pending (for the pages' frame). */
  AccountResponse signedInAccount();

  /**
   * Changes the caller's own password: the current one must match, the new one has at least 12
   * characters and is none of the last five. Clears a pending password change. Audited.
   */
  void changeOwnPassword(PasswordChangeRequest request);

  /** The thresholds new pilot plans start from. */
  PilotDefaultsResponse pilotDefaults();

  List<UnitResponse> units();

  List<SupervisionPointResponse> supervisionPoints();

  /** The users with the reviewer role who may be invited, guests whose account is still valid. */
  List<UserRef> reviewers();

  /** The users with the creator role whose account is valid, who may be named co-creators. */
  List<UserRef> creators();

  /**
   * The enabled, unexpired users with {@code role}, e.g. the leaders who may preside over a forum
   * or the people who may own a ruling's condition. Staff, leaders and admins only.
   */
  List<UserRef> usersWithRole(Role role);

  /** Creates an expiring reviewer account for an outside expert. Digital office staff only. */
  GuestReviewerResponse createGuestReviewer(GuestReviewerRequest request);
}
