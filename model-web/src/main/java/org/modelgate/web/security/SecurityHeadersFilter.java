package org.modelgate.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser-side protections on every response (pages, API, assets, error pages):
 *
 * <ul>
 *   <li>a Content-Security-Policy that allows only the application's own scripts, styles, images
 *       and connections, never {@code eval}, no plugins, no foreign form targets, and framing only
 *       by the application itself (PrimeFaces' dialog framework opens pages in a same-origin
 *       frame);
 *   <li>{@code Referrer-Policy: same-origin}, so model ids in addresses do not leave the site;
 *   <li>{@code X-Content-Type-Options: nosniff}, so an uploaded attachment is never run as script.
 * </ul>
 *
 * Mapped in web.xml, first in the chain.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * {@code 'unsafe-inline'} appears twice, both for PrimeFaces: scripts, because PrimeFaces renders
   * each widget's start-up as an inline {@code <script>} and its behaviours as {@code
   * onclick}/{@code oncomplete} attributes (our pages add a few {@code PF('…').show()} handlers);
   * styles, because PrimeFaces and the bpmn-js diagram set {@code style} attributes. No {@code
   * 'unsafe-eval'}: neither PrimeFaces 15, Mojarra nor the bpmn-js viewer needs it.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'self'");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
