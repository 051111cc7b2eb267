package org.modelgate.workflow.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a top-level name in a BPMN or DMN expression ({@code ${stageRecorder...}}) to the CDI
 * bean of that {@code @Named} name, but only for the names in {@link ModelLifecycle#PROCESS_BEANS}.
 * The application has many other named beans (JSF pages such as {@code adminUsersPage}, and any
 * service someone names later); neither a mis-edited BPMN nor user text that some day gets
 * evaluated as an expression may reach them. Any other name stays unresolved, so the engine reports
 * an unknown property as it would without this resolver. Read-only: expressions can call beans but
 * never replace them.
 */
final class CdiBeanElResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiBeanElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name) || !resolves(name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
    Object reference = beanManager.getReference(bean, bean.getBeanClass(), creationalContext);
    context.setPropertyResolved(true);
    return reference;
  }

  /** Whether {@code name} is a bean that expressions may name; CDI is not asked for others. */
  static boolean resolves(String name) {
    return ModelLifecycle.PROCESS_BEANS.contains(name);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are not assignable from BPMN
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
