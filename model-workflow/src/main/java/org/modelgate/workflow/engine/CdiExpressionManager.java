package org.modelgate.workflow.engine;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Camunda's expression manager plus the CDI beans of {@link ModelLifecycle#PROCESS_BEANS} by name,
 * so that BPMN wires delegates with {@code camunda:delegateExpression="${someDelegate}"}. Process
 * variables win over beans of the same name. Only expressions written in the deployed BPMN are
 * evaluated; user text never reaches here.
 */
final class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(super.createElResolver());
    resolver.add(new CdiBeanElResolver(beanManager));
    return resolver;
  }
}
