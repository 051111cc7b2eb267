package org.modelgate.api.organisation;

import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.security.Role;

/**
 * The organisation: the caller's own account, the units, the taxonomy, the reviewers who may be
 * invited, and guest reviewer accounts.
 */
public interface OrganisationService {

  AccountResponse currentAccount();

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
