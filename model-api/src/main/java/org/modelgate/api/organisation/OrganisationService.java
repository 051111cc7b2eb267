package org.modelgate.api.organisation;

import java.util.List;
import org.modelgate.api.common.UserRef;

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

  /** Creates an expiring reviewer account for an outside expert. Digital office staff only. */
  GuestReviewerResponse createGuestReviewer(GuestReviewerRequest request);
}
