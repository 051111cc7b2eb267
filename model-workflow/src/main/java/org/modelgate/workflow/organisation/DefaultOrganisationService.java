package org.modelgate.workflow.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.security.CurrentCaller;

/** Read access to the organisation for any signed-in user. */
@ApplicationScoped
@Transactional
public class DefaultOrganisationService implements OrganisationService {

  @Inject OrganisationRepository repository;
  @Inject CurrentCaller currentCaller;

  @Override
  public AccountResponse currentAccount() {
    UserAccount account = currentCaller.account();
    return new AccountResponse(
        account.getUsername(),
        account.getDisplayName(),
        account.getUnit().toResponse(),
        account.roles().stream().map(Role::roleName).sorted().toList());
  }

  @Override
  public List<UnitResponse> units() {
    return repository.units().stream().map(Unit::toResponse).toList();
  }

  @Override
  public List<SupervisionPointResponse> supervisionPoints() {
    return repository.activeSupervisionPoints().stream().map(SupervisionPoint::toResponse).toList();
  }
}
