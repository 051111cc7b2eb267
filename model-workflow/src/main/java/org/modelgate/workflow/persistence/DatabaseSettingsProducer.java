package org.modelgate.workflow.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the database settings injectable. */
@ApplicationScoped
public class DatabaseSettingsProducer {

  @Produces
  @Singleton
  DatabaseSettings settings() {
    return DatabaseSettings.fromConfig();
  }
}
