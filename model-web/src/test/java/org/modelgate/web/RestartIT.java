package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops and starts the server on the same H2 file: committed data survives, demo data is not loaded
 * twice, an unchanged process is not deployed as a new version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

  private static final String APP = "modelgate";
  private static final URI BASE = URI.create("http://localhost:28080/");

  @Deployment(name = APP, managed = false, testable = false)
  @TargetsContainer("payara-micro-fixed-port")
  static WebArchive deployment() {
    return ModelGateWar.asBuilt();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void shouldKeepDataAndAddNoDemoRowsOrProcessVersionsAcrossARestart() throws Exception {
    long id;
    long users;
    long units;
    long definitions;
    deployer.deploy(APP);
    try {
      var creator = ApiClient.as(BASE, "creator");
      var created = creator.post("api/models", FoundationIT.draft("重启验证模型"));
      id = created.json().getJsonNumber("id").longValue();
      assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
      users = TestDatabase.count("select count(*) from mg_user");
      units = TestDatabase.count("select count(*) from mg_unit");
      definitions =
          TestDatabase.count("select count(*) from act_re_procdef where key_ = 'ModelLifecycle'");
    } finally {
      deployer.undeploy(APP);
    }

    deployer.deploy(APP);
    try {
      var model = ApiClient.as(BASE, "creator").get("api/models/" + id);
      assertThat(model.status()).isEqualTo(200);
      assertThat(model.json().getString("stage")).isEqualTo("SCREENING");
      assertThat(model.json().getString("title")).isEqualTo("重启验证模型");
      assertThat(TestDatabase.count("select count(*) from mg_user")).isEqualTo(users);
      assertThat(TestDatabase.count("select count(*) from mg_unit")).isEqualTo(units);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_re_procdef where key_ = 'ModelLifecycle'"))
          .isEqualTo(definitions);
      assertThat(
              TestDatabase.count(
                  "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                      + " where e.business_key_ = ?",
                  String.valueOf(id)))
          .isEqualTo(1);
    } finally {
      deployer.undeploy(APP);
    }
  }
}
