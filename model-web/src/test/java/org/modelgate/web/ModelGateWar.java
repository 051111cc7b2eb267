package org.modelgate.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as Maven built it, deployed at the root path (ROOT.war) like the real run. The
 * integration tests test what ships, not a hand-assembled subset.
 */
final class ModelGateWar {

  private ModelGateWar() {}

  static WebArchive asBuilt() {
    File war = new File(System.getProperty("it.war", "target/modelgate.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
