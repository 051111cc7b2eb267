package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.modelgate.api.security.TokenHolder;
import org.modelgate.api.security.TokenService;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;

/**
 * One mechanism for every kind of client. Browsers sign in on the form ({@link SignInServlet}) and
 * only that sign-in registers a session. API clients authenticate each call, with HTTP Basic or a
 * personal access token ({@code Authorization: Bearer}); such calls create no session and set no
 * cookie, so no cookie can outlive or stand in for the credential. Anonymous calls under {@code
 * /api} get 401 problem+json, anonymous page requests go to the sign-in page.
 *
 * <p>Not {@code @AutoApplySession}: that interceptor registers a session after every successful
 * authentication, Basic included. The same two steps are done here, for the form only.
 */
@ApplicationScoped
public class ModelGateAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG =
      Logger.getLogger(ModelGateAuthenticationMechanism.class.getName());
  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  /** Request attribute naming how the caller authenticated: {@code session}, {@code basic}, ... */
  public static final String AUTHENTICATED_BY = "org.modelgate.authenticatedBy";

  @Inject IdentityStoreHandler identityStore;
  @Inject CredentialCache cache;
  @Inject SignInThrottle throttle;
  @Inject ClientAddress clientAddress;
  @Inject TokenService tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      Credential signIn = context.getAuthParameters().getCredential();
      if (signIn instanceof UsernamePasswordCredential form) {
        return formSignIn(form, request, context);
      }
      String authorization = request.getHeader("Authorization");
      if (startsWith(authorization, BASIC)) {
        return basic(authorization.substring(BASIC.length()).strip(), request, response, context);
      }
      if (startsWith(authorization, BEARER)) {
        return bearer(authorization.substring(BEARER.length()).strip(), request, response, context);
      }
      Principal session = request.getUserPrincipal();
      if (session != null) {
        // The session registered at the form sign-in: the container restores its groups.
        context
            .getHandler()
            .handle(
                new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), session)});
        request.setAttribute(AUTHENTICATED_BY, "session");
        return AuthenticationStatus.SUCCESS;
      }
      if (!context.isProtected()) {
        return context.doNothing();
      }
      if (isApi(request)) {
        Problem.of(ProblemType.UNAUTHENTICATED, "auth.required").write(request, response);
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.redirect(request.getContextPath() + "/login.xhtml");
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("could not answer an unauthenticated request", e);
    }
  }

  private AuthenticationStatus formSignIn(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    String username = credential.getCaller();
    String address = clientAddress.of(request);
    if (throttle.blocked(username, address)) {
      LOG.warning(() -> "sign-in throttled for " + username + " from " + address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      LOG.info(() -> "failed sign-in for " + username + " from " + address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    AuthenticationStatus status = context.notifyContainerAboutLogin(result);
    if (status == AuthenticationStatus.SUCCESS) {
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
    return status;
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    Optional<String[]> decoded = decode(encoded);
    if (decoded.isEmpty()) {
      return unauthorized(request, response, "auth.malformed-basic");
    }
    String username = decoded.get()[0];
    String password = decoded.get()[1];
    request.setAttribute(AUTHENTICATED_BY, "basic");
    var remembered = cache.find(username, password);
    if (remembered.isPresent()) {
      return context.notifyContainerAboutLogin(
          remembered.get().caller(), remembered.get().groups());
    }
    String address = clientAddress.of(request);
    if (throttle.blocked(username, address)) {
      Problem.of(
              ProblemType.TOO_MANY_SIGN_IN_FAILURES,
              "auth.throttled",
              "minutes",
              SignInThrottle.WINDOW.toMinutes())
          .write(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      LOG.info(() -> "failed sign-in for " + username + " from " + address);
      return unauthorized(request, response, "auth.bad-credentials");
    }
    throttle.succeeded(username);
    cache.remember(
        username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A personal access token: checked against the database at every call (one indexed lookup), so a
   * revoked token or a disabled account stops at the next call. Guessing is hopeless (256 random
   * bits), so failures are not throttled.
   */
  private AuthenticationStatus bearer(
      String value,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    String address = clientAddress.of(request);
    Optional<TokenHolder> holder;
    try {
      holder = tokens.authenticate(value, address);
    } catch (PersistenceException concurrentFirstUse) {
      // Another call recorded this new address a moment ago (DefaultTokenService.authenticate).
      holder = tokens.authenticate(value, address);
    }
    if (holder.isEmpty()) {
      LOG.info(() -> "refused access token from " + address);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"ModelGate\", error=\"invalid_token\"");
      Problem.of(ProblemType.UNAUTHENTICATED, "auth.bad-token").write(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(AUTHENTICATED_BY, "token");
    return context.notifyContainerAboutLogin(holder.get().username(), holder.get().roles());
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"ModelGate\", charset=\"UTF-8\"");
    Problem.of(ProblemType.UNAUTHENTICATED, code).write(request, response);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean startsWith(String header, String scheme) {
    return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
  }

  private static Optional<String[]> decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
