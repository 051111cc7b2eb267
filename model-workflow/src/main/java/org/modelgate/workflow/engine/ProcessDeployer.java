package org.modelgate.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * Deploys the BPMN and DMN files of this module. Duplicate filtering makes a restart with unchanged
 * files create no new version. Runs in a container transaction that the engine joins.
 */
@ApplicationScoped
public class ProcessDeployer {

  static final String DEPLOYMENT_NAME = "modelgate";

  private static final Logger LOG = Logger.getLogger(ProcessDeployer.class.getName());

  @Transactional
  public void deploy(RepositoryService repositoryService) {
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    ClassLoader loader = ProcessDeployer.class.getClassLoader();
    for (String resource : ModelLifecycle.RESOURCES) {
      InputStream content = loader.getResourceAsStream(resource);
      if (content == null) {
        throw new IllegalStateException(
            "Process resource missing from the application: " + resource);
      }
      builder.addInputStream(resource, content);
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    var processes = deployment.getDeployedProcessDefinitions();
    var decisions = deployment.getDeployedDecisionDefinitions();
    int createdProcesses = processes == null ? 0 : processes.size();
    int createdDecisions = decisions == null ? 0 : decisions.size();
    LOG.info(
        () ->
            "Process resources in deployment "
                + deployment.getId()
                + ", new process definitions: "
                + createdProcesses
                + ", new decision definitions: "
                + createdDecisions);
  }
}
