package org.modelgate.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
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
@OpenAPIDefinition(
    info =
        @Info(
            title = "ModelGate API",
            version = "1",
            description =
                "大数据法律监督模型管理：立项、论证、试点、推广。Errors are RFC 9457 application/problem+json;"
                    + " sign in with HTTP Basic or the session of the sign-in page."))
public class ModelGateApplication extends Application {}
