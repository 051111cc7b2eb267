package org.modelgate.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form posts here ({@code username}, {@code password}). On success the browser gets a
 * fresh session and goes to the start page; on failure back to the form with a message.
 */
@WebServlet("/login")
public class SignInServlet extends HttpServlet {

  @Inject SecurityContext securityContext;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml?error=missing");
      return;
    }
    // A new session id on sign-in, so that a session fixed before cannot be taken over.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      response.sendRedirect(request.getContextPath() + "/");
    } else if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml?error=failed");
    }
  }
}
