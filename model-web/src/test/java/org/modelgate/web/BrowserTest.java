package org.modelgate.web;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelgate.web.browser.Browser;

/**
 * What every browser test class shares: the WAR as built on its own Payara Micro, and one headless
 * Chromium for the class, handed to each test without the session of the one before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource URL url;

  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(URI.create("http://localhost/"));
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** The server this test runs against. */
  URI base() {
    return URI.create(url.toString());
  }

  /**
   * The actions the REST API says the user may take on the model now ({@code allowedActions}), to
   * hold the page's buttons against.
   */
  List<String> allowedActions(String username, long modelId) {
    var reply = ApiClient.as(base(), username).get("api/models/" + modelId);
    return reply
        .json()
        .getJsonArray("allowedActions")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /** The class's browser, pointed at this test's server, signed out. */
  Browser browser() {
    return Browser.reuse(browser, base());
  }
}
