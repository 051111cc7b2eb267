package org.modelgate.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address people type, {@code http://host/}, leads to the start page. A redirect rather than a
 * welcome file: the start page's security constraint then applies to the request the browser makes,
 * so an anonymous visitor lands on the sign-in page.
 */
@WebServlet("")
public class StartPageServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/index.xhtml");
  }
}
