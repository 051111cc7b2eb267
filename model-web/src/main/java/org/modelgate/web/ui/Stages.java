package org.modelgate.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.modelgate.api.proposal.Stage;

/** The stages for filters, in lifecycle order; each is labelled by {@code stage.<NAME>}. */
@Named
@ApplicationScoped
public class Stages {

  public List<Stage> getAll() {
    return List.of(Stage.values());
  }
}
