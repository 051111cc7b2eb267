package org.modelgate.api.dashboard;

/** The dashboard of the signed-in caller. */
public interface DashboardService {

  DashboardResponse dashboard();
}
