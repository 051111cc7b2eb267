package org.modelgate.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.modelgate.api.security.Role;

/** The JSON API. Every path below requires a signed-in user (WEB-INF/web.xml). */
@ApplicationPath("api")
@DeclareRoles({
  Role.CREATOR_NAME,
  Role.REVIEWER_NAME,
  Role.LEADER_NAME,
  Role.STAFF_NAME,
  Role.ADMIN_NAME
})
public class ModelGateApplication extends Application {}
