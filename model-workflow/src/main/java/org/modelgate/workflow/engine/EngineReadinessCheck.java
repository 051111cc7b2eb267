package org.modelgate.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.modelgate.workflow.persistence.SchemaMigration;

/**
 * Ready only when the database answers and the engine can read its own tables, so that a load
 * balancer sends no request to a node that would fail it. Transactional because the engine must
 * join a container transaction rather than run its own on a pooled request thread.
 */
@Readiness
@ApplicationScoped
@Transactional
public class EngineReadinessCheck implements HealthCheck {

  private static final int DATABASE_TIMEOUT_SECONDS = 2;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject ProcessEngine engine;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("modelgate");
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(DATABASE_TIMEOUT_SECONDS)) {
        return response.down().withData("database", "no answer").build();
      }
    } catch (SQLException e) {
      return response.down().withData("database", e.getMessage()).build();
    }
    try {
      long definitions =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(ModelLifecycle.PROCESS_KEY)
              .count();
      return response
          .status(definitions > 0)
          .withData("database", "up")
          .withData("processDefinitions", definitions)
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("engine", e.getMessage()).build();
    }
  }
}
