package org.modelgate.api.security;

import java.util.Set;

/**
 * Who a presented token acts for, with the roles the account holds at this call.
 *
 * @param roles role names as declared to the container, e.g. {@code creator}
 */
public record TokenHolder(long tokenId, String username, Set<String> roles) {

  public TokenHolder {
    roles = Set.copyOf(roles);
  }
}
