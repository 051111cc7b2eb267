package org.modelgate.api.organisation;

import java.util.List;

/** Read access to the organisation: the caller's own account, the units and the taxonomy. */
public interface OrganisationService {

  AccountResponse currentAccount();

  List<UnitResponse> units();

  List<SupervisionPointResponse> supervisionPoints();
}
