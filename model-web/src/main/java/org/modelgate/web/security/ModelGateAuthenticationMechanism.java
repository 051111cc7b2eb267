package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
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
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;

/**
 * One mechanism for both kinds of client. Browsers sign in on the form ({@link SignInServlet}) and
 * keep the session ({@link AutoApplySession}); API clients send HTTP Basic on each call. Anonymous
 * calls under {@code /api} get 401 problem+json, anonymous page requests go to the sign-in page.
 */
@ApplicationScoped
@AutoApplySession
public class ModelGateAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG =
      Logger.getLogger(ModelGateAuthenticationMechanism.class.getName());
  private static final String BASIC = "Basic ";

  @Inject IdentityStoreHandler identityStore;
  @Inject CredentialCache cache;
  @Inject SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      Credential signIn = context.getAuthParameters().getCredential();
      if (signIn instanceof UsernamePasswordCredential form) {
        return formSignIn(form, request, context);
      }
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
        return basic(authorization.substring(BASIC.length()).strip(), request, response, context);
      }
      if (!context.isProtected()) {
        return context.doNothing();
      }
      if (isApi(request)) {
        Problem.of(ProblemType.UNAUTHENTICATED, "请先登录：浏览器请使用登录页，接口调用请使用 HTTP Basic 认证")
            .write(response);
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.redirect(request.getContextPath() + "/login.xhtml");
    } catch (IOException e) {
      throw new IllegalStateException("could not answer an unauthenticated request", e);
    }
  }

  private AuthenticationStatus formSignIn(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    String username = credential.getCaller();
    String address = request.getRemoteAddr();
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
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    Optional<String[]> decoded = decode(encoded);
    if (decoded.isEmpty()) {
      return unauthorized(response, "Authorization 头格式不正确，应为 Basic base64(用户名:密码)");
    }
    String username = decoded.get()[0];
    String password = decoded.get()[1];
    var remembered = cache.find(username, password);
    if (remembered.isPresent()) {
      return context.notifyContainerAboutLogin(
          remembered.get().caller(), remembered.get().groups());
    }
    String address = request.getRemoteAddr();
    if (throttle.blocked(username, address)) {
      Problem.of(ProblemType.TOO_MANY_SIGN_IN_FAILURES, "登录失败次数过多，请 15 分钟后再试").write(response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      LOG.info(() -> "failed sign-in for " + username + " from " + address);
      return unauthorized(response, "用户名或密码错误，或账号已停用、已过期");
    }
    throttle.succeeded(username);
    cache.remember(
        username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"ModelGate\", charset=\"UTF-8\"");
    Problem.of(ProblemType.UNAUTHENTICATED, detail).write(response);
    return AuthenticationStatus.SEND_FAILURE;
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
