package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The resolver against a stand-in BeanManager that knows a bean for every name, as CDI would for
 * any {@code @Named} bean: only the names of {@link ModelLifecycle#PROCESS_BEANS} come back.
 */
class CdiBeanElResolverTest {

  /** A JSF page bean of model-web, {@code @Named} by default; no expression may reach it. */
  static final String PAGE_BEAN = "adminUsersPage";

  final List<String> askedForBeans = new ArrayList<>();
  final Object reference = new Object();
  final CdiBeanElResolver resolver = new CdiBeanElResolver(beanManagerKnowingEveryName());

  @Test
  void shouldResolveBeanOnAllowList() {
    SimpleContext context = new SimpleContext(resolver);

    Object value = resolver.getValue(context, null, ModelLifecycle.BEAN_STAGE_RECORDER);

    assertThat(value).isSameAs(reference);
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(askedForBeans).containsExactly(ModelLifecycle.BEAN_STAGE_RECORDER);
  }

  @Test
  void shouldNotResolveNamedBeanOutsideAllowList() {
    SimpleContext context = new SimpleContext(resolver);

    Object value = resolver.getValue(context, null, PAGE_BEAN);

    assertThat(value).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
    assertThat(askedForBeans).isEmpty();
  }

  @Test
  void shouldReportUnknownPropertyWhenExpressionNamesBeanOutsideAllowList() {
    SimpleContext context = new SimpleContext(resolver);
    var expression =
        new ExpressionFactoryImpl()
            .createValueExpression(context, "${" + PAGE_BEAN + "}", Object.class);

    assertThatThrownBy(() -> expression.getValue(context))
        .isInstanceOf(PropertyNotFoundException.class)
        .hasMessageContaining(PAGE_BEAN);
  }

  @Test
  void shouldAllowEveryProcessBeanAndNoOtherName() {
    assertThat(ModelLifecycle.PROCESS_BEANS).allMatch(CdiBeanElResolver::resolves);
    assertThat(List.of(PAGE_BEAN, "me", "fmt", "")).noneMatch(CdiBeanElResolver::resolves);
  }

  /** Answers every name with one bean whose reference is {@link #reference}; records the names. */
  private BeanManager beanManagerKnowingEveryName() {
    Bean<?> bean =
        (Bean<?>)
            Proxy.newProxyInstance(
                Bean.class.getClassLoader(),
                new Class<?>[] {Bean.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getBeanClass" -> Object.class;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (BeanManager)
        Proxy.newProxyInstance(
            BeanManager.class.getClassLoader(),
            new Class<?>[] {BeanManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBeans" -> {
                    askedForBeans.add((String) args[0]);
                    yield Set.of(bean);
                  }
                  case "resolve" -> bean;
                  case "createCreationalContext" -> null;
                  case "getReference" -> reference;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
