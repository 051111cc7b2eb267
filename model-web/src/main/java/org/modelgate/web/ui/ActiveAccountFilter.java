package org.modelgate.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.organisation.AccountResponse;
import org.modelgate.api.organisation.OrganisationService;

/**
 * Ends the session of an account that was disabled or has expired since it signed in: the next page
 * it asks for signs it out and shows the sign-in page with the reason, instead of an error. The
 * services refuse such a caller anyway; this only gives the person a clear next step. A user who
 * must change the password first is sent to the password page from every other page.
 */
@WebFilter("*.xhtml")
public class ActiveAccountFilter extends HttpFilter {

  /** Where a user who must change the password is sent, from every other page. */
  static final String PASSWORD_PAGE = "/password.xhtml";

  @Inject OrganisationService organisation;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      try {
        AccountResponse account = organisation.signedInAccount();
        // A one-time password, or an administrator asked for a change: the password page first.
        if (account.passwordChangeRequired()
            && !PASSWORD_PAGE.equals(request.getServletPath())
            && !"/error.xhtml".equals(request.getServletPath())
            && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
          response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
          return;
        }
      } catch (AccessDeniedException e) {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?error=inactive");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
